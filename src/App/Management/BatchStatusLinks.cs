namespace Tidewater.App.Management;

/// <summary>
/// A batch's management links, shaped like Durable's check-status response (id, statusQueryGetUri,
/// terminatePostUri, purgeHistoryDeleteUri) plus redrivePostUri and the report, pointing at the same
/// <c>/api/batches</c> routes on both hosts.
/// </summary>
public sealed record BatchStatusLinks(
    string Id,
    Uri StatusQueryGetUri,
    Uri TerminatePostUri,
    Uri PurgeHistoryDeleteUri,
    Uri RedrivePostUri,
    Uri ReportGetUri)
{
    /// <summary>The links of <paramref name="instanceId"/> under <paramref name="baseUri"/> (scheme, host and port of the call).</summary>
    public static BatchStatusLinks For(Uri baseUri, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        string id = Uri.EscapeDataString(instanceId);
        return new BatchStatusLinks(
            instanceId,
            new Uri(baseUri, $"/api/batches/{id}"),
            new Uri(baseUri, $"/api/batches/{id}/terminate"),
            new Uri(baseUri, $"/api/batches/{id}"),
            new Uri(baseUri, $"/api/batches/{id}/redrive"),
            new Uri(baseUri, $"/api/reports/{id}"));
    }
}
