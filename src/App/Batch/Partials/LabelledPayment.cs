using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>A scored payment as the refit sees it: id digest, features, and (once known) whether it was charged back.</summary>
/// <param name="Digest">The payment id's digest.</param>
/// <param name="Features">Its features under the batch's starting model.</param>
/// <param name="ChargedBack">True when a chargeback named it.</param>
/// <param name="Weight">How many payments it stands for (sampled negatives stand for several).</param>
public readonly record struct LabelledPayment(UInt128 Digest, FeatureVector Features, bool ChargedBack = false, double Weight = 1);
