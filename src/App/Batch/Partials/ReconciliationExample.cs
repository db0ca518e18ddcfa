namespace Tidewater.App.Batch;

/// <summary>An event whose batch decision differs from its real-time decision.</summary>
/// <param name="EventId">The event.</param>
/// <param name="AccountId">Its account.</param>
/// <param name="Realtime">The real-time decision (wire name).</param>
/// <param name="Batch">The batch decision (wire name).</param>
/// <param name="RealtimeScore">The real-time score.</param>
/// <param name="BatchScore">The batch score.</param>
/// <param name="RealtimeModel">The model version of the real-time decision.</param>
public sealed record ReconciliationExample(string EventId, string AccountId, string Realtime, string Batch, double RealtimeScore, double BatchScore, string RealtimeModel);
