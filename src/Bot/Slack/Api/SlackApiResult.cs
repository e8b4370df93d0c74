using System.Diagnostics.CodeAnalysis;

namespace ChatOps.Bot.Slack.Api;

/// <summary>Either the value of a successful call or the Slack error; expected failures are not exceptions.</summary>
internal sealed record SlackApiResult<T>
{
    private SlackApiResult(T? value, SlackApiError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public SlackApiError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk => Error is null;

    public static SlackApiResult<T> Ok(T value) => new(value, null);

    public static SlackApiResult<T> Fail(SlackApiError error) => new(default, error);

    public SlackApiResult<TOther> Map<TOther>(Func<T, TOther> map) =>
        IsOk ? SlackApiResult<TOther>.Ok(map(Value)) : SlackApiResult<TOther>.Fail(Error);
}
