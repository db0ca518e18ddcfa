using Tidewater.App.Batch;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Tests.Batch;

public sealed class ScoreInputsTests
{
    private static ParsedChunk Chunk() => ParsedChunk.Parse(
        BatchRecords.Lines(
        [
            BatchRecords.Payment("p-1", account: "acct-9", amount: 12.34m, country: "FR", channel: PaymentChannel.Ecommerce, decision: Decision.Review, score: 0.4567),
            BatchRecords.Payment("p-2", country: "IT"),
            BatchRecords.Chargeback("c-1", "p-0"),
            BatchRecords.Payment("p-3", amount: 0.1m + 0.2m, mcc: "7995", country: "FR", channel: PaymentChannel.Transfer, receivedAt: BatchRecords.WindowStart.AddHours(-7)),
        ]),
        new HashSet<int> { 1 });

    [Fact]
    public void Read_WhatWriteWrote_GivesEachCountedRecordsScoreItemAndTheCounts()
    {
        var parsed = Chunk();

        var read = ScoreInputs.Read(ScoreInputs.Write(parsed));

        Assert.Equal(parsed.Records.Select(ScoreItem.Of), read.Items);
        Assert.Equal((4, 1, 0), (read.Lines, read.Skipped, read.Malformed));
        Assert.Equal(2, read.Payments);
    }

    [Fact]
    public void Read_ItemsFeatures_EqualTheParsedEventsFeatures()
    {
        var parsed = Chunk();
        var baseline = AccountBaseline.FromEvents([parsed.Records[0].Event]);

        var read = ScoreInputs.Read(ScoreInputs.Write(parsed));

        for (int i = 0; i < parsed.Records.Count; i++)
        {
            Assert.Equal(
                FeatureExtractor.Extract(parsed.Records[i].Event, baseline, RiskModel.Default),
                FeatureExtractor.Extract(read.Items[i].Input, baseline, RiskModel.Default));
        }
    }

    [Fact]
    public void Read_RepeatedCodes_AreOneStringInstance()
    {
        var read = ScoreInputs.Read(ScoreInputs.Write(Chunk()));

        Assert.Equal("FR", read.Items[2].Input.Country);
        Assert.Same(read.Items[0].Input.Country, read.Items[2].Input.Country);
        Assert.Same(read.Items[0].RealtimeModelVersion, read.Items[1].RealtimeModelVersion);
    }

    [Fact]
    public void Read_TruncatedTrailingOrForeignBytes_IsInvalidData()
    {
        var content = ScoreInputs.Write(Chunk());

        for (int length = 0; length < content.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => ScoreInputs.Read(content.AsSpan(0, length)));
        }

        Assert.Throws<InvalidDataException>(() => ScoreInputs.Read([.. content, 0]));
        byte[] foreign = [.. content];
        foreign[0] = (byte)'{';
        Assert.Throws<InvalidDataException>(() => ScoreInputs.Read(foreign));
        byte[] badType = [.. content];
        badType[17] = 9; // the first item's type
        Assert.Throws<InvalidDataException>(() => ScoreInputs.Read(badType));
    }
}
