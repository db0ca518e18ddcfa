using Tidewater.Cli;

return await TidewaterCommand.Create(TimeProvider.System).Parse(args).InvokeAsync();
