namespace Tidewater.Cli.Commands;

/// <summary>Where <c>send</c> delivers events.</summary>
public enum SendTarget
{
    /// <summary>POST to the HTTP trigger.</summary>
    Http,

    /// <summary>Messages on the inbound storage queue.</summary>
    Queue,

    /// <summary>NDJSON on standard output.</summary>
    Stdout,

    /// <summary>NDJSON in a file.</summary>
    File,
}
