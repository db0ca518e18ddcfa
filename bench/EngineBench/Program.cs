using Tidewater.EngineBench;

// Usage: Tidewater.EngineBench <command> --connection <storage connection string> [--name value ...]
//   fanout        [--instances 4] [--rounds 10] [--width 2500] [--chain 1000] [--activities 8] [--orchestrators 4]
//   crash-start   --hub H [--rounds 40] [--width 2500]   starts a long fan-out, then waits to be killed
//   crash-resume  --hub H [--rounds 40] [--width 2500]   finishes it on a new engine and checks the output
// Every command prints key=value lines on stdout.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Tidewater.EngineBench fanout|crash-start|crash-resume --connection ... [options]");
    return 1;
}

var arguments = Arguments.Parse(args.AsSpan(1));
switch (args[0])
{
    case "fanout":
        await FanOutRun.RunAsync(arguments);
        return 0;
    case "crash-start":
        await CrashCheck.StartAsync(arguments);
        return 0;
    case "crash-resume":
        await CrashCheck.ResumeAsync(arguments);
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 1;
}
