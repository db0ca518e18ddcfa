namespace Tidewater.Functions;

/// <summary>
/// The names of the non-batch functions: the local host's endpoint names, so logs and metrics read alike on both hosts.
/// The batch functions are named by <c>BatchFunctions</c> (one <c>[Function]</c> per orchestrator and activity name).
/// </summary>
public static class FunctionNames
{
    /// <summary><c>POST /api/events</c>.</summary>
    public const string IngestEvents = "IngestEvents";

    /// <summary><c>GET /api/health</c>.</summary>
    public const string Health = "Health";

    /// <summary>The queue trigger on <c>%InboundQueue%</c>.</summary>
    public const string InboundEvents = "InboundEvents";

    /// <summary>The timer trigger on <c>%BatchSchedule%</c>.</summary>
    public const string BatchSchedule = "BatchSchedule";

    /// <summary><c>POST /api/batches</c>.</summary>
    public const string StartBatches = "StartBatches";

    /// <summary><c>GET /api/batches</c>.</summary>
    public const string ListBatches = "ListBatches";

    /// <summary><c>GET /api/batches/{id}</c>.</summary>
    public const string GetBatch = "GetBatch";

    /// <summary><c>POST /api/batches/{id}/terminate</c> (admin).</summary>
    public const string TerminateBatch = "TerminateBatch";

    /// <summary><c>POST /api/batches/{id}/redrive</c>.</summary>
    public const string RedriveBatch = "RedriveBatch";

    /// <summary><c>DELETE /api/batches/{id}</c> (admin).</summary>
    public const string PurgeBatch = "PurgeBatch";

    /// <summary><c>GET /api/reports/{id}</c>.</summary>
    public const string GetReport = "GetReport";

    /// <summary><c>GET /api/models/current</c>.</summary>
    public const string GetCurrentModel = "GetCurrentModel";

    /// <summary><c>POST /api/models/pin</c> (admin).</summary>
    public const string PinModel = "PinModel";

    /// <summary><c>GET /api/openapi.json</c>.</summary>
    public const string OpenApi = "OpenApi";
}
