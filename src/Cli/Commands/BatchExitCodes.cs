namespace Tidewater.Cli.Commands;

/// <summary>
/// The exit codes of <c>tidewater batch</c>: 0 ok, 1 usage, 2 client error (a 4xx: the problem's errors are printed),
/// 3 server error (5xx) or transport failure, 4 the watched batch failed or was terminated, 130 cancelled.
/// </summary>
public static class BatchExitCodes
{
    /// <summary>The call succeeded (for <c>watch</c>: the batch completed).</summary>
    public const int Success = ExitCodes.Success;

    /// <summary>The command line was invalid.</summary>
    public const int Usage = ExitCodes.Usage;

    /// <summary>The host answered 4xx (bad key, invalid range, unknown id); the problem's errors are printed.</summary>
    public const int ClientError = 2;

    /// <summary>The host answered 5xx, or could not be reached (connection refused, timeout).</summary>
    public const int ServerError = 3;

    /// <summary><c>watch</c> only: the batch ended failed or terminated; the failure is printed.</summary>
    public const int BatchFailed = 4;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int Cancelled = ExitCodes.Cancelled;
}
