namespace Tidewater.Cli;

/// <summary>The process exit codes of <c>tidewater</c>, so scripts and CI can tell outcomes apart.</summary>
public static class ExitCodes
{
    /// <summary>Every event was accepted (or written).</summary>
    public const int Success = 0;

    /// <summary>The command line was invalid (also System.CommandLine's own code for parse errors).</summary>
    public const int Usage = 1;

    /// <summary>At least one request was rejected with a 4xx (bad key, invalid events), and none failed.</summary>
    public const int Rejected = 2;

    /// <summary>At least one request failed: a 5xx answer or a transport error (connection refused, timeout).</summary>
    public const int Failed = 3;

    /// <summary>The run was cancelled (Ctrl+C); the summary covers what was sent until then.</summary>
    public const int Cancelled = 130;
}
