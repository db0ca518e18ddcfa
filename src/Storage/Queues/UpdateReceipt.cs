namespace Tidewater.Storage;

/// <summary>What the service returns for an updated message.</summary>
/// <param name="PopReceipt">The new pop receipt; the previous one is no longer valid.</param>
/// <param name="NextVisibleOn">When the message becomes visible.</param>
public sealed record UpdateReceipt(string PopReceipt, DateTimeOffset NextVisibleOn);
