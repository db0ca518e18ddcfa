namespace Tidewater.Storage;

/// <summary>What the service returns for a sent message.</summary>
/// <param name="MessageId">The new message id.</param>
/// <param name="PopReceipt">A pop receipt that can update or delete the message before it is received.</param>
/// <param name="InsertedOn">When the message was added.</param>
/// <param name="NextVisibleOn">When the message becomes visible.</param>
public sealed record SendReceipt(string MessageId, string PopReceipt, DateTimeOffset InsertedOn, DateTimeOffset NextVisibleOn);
