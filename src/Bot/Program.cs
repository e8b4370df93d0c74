using ChatOps.Bot.Cli;

return await BotCommandLine.Create().Parse(args).InvokeAsync();
