namespace ChatOps.Bot.Operations;

/// <summary>One thing <c>/readyz</c> needs: the bot takes work only when every check is ready.</summary>
public interface IReadinessCheck
{
    ReadinessResult Check();
}
