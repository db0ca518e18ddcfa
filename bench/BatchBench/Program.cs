using Tidewater.BatchBench;

// Usage: Tidewater.BatchBench <command> [--name value ...]; every command prints key=value lines on stdout.
//   seed      --connection C --suffix S --n N [--segments 8]   writes N records as closed segments of BenchWindow
//   run       --connection C --suffix S                        runs the window's batch on the local engine
//   baseline  --n N                                            parses and scores the same NDJSON in memory
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Tidewater.BatchBench seed|run|baseline [options]");
    return 1;
}

var arguments = BenchArguments.Parse(args.AsSpan(1));
switch (args[0])
{
    case "seed":
        await SeedCommand.RunAsync(arguments);
        return 0;
    case "run":
        return await RunCommand.RunAsync(arguments);
    case "baseline":
        BaselineCommand.Run(arguments);
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 1;
}
