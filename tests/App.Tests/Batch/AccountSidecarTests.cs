using System.Text;
using Tidewater.App.Batch;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Statistics;

namespace Tidewater.App.Tests.Batch;

public sealed class AccountSidecarTests
{
    private const int Shards = 8;

    private static Dictionary<string, AccountBaseline> Accounts(int count, int seed)
    {
        var random = new Random(seed);
        var accounts = new Dictionary<string, AccountBaseline>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var amount = RunningStats.Of(Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.NextDouble() * 1000));
            var countries = Enumerable.Range(0, random.Next(0, 4)).Select(_ => ((char)('A' + random.Next(26))).ToString() + "X");
            var categories = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(5000, 5100).ToString(System.Globalization.CultureInfo.InvariantCulture));
            accounts.Add($"acct-{random.Next():x}-{i}", new AccountBaseline(amount, countries, categories));
        }

        return accounts;
    }

    private static Dictionary<string, AccountBaseline> ReadAll(byte[] content, IReadOnlyList<ShardRange> ranges)
    {
        var read = new Dictionary<string, AccountBaseline>(StringComparer.Ordinal);
        foreach (var range in ranges)
        {
            var accounts = AccountSidecar.Read(content.AsSpan((int)range.Offset, (int)range.Length));
            Assert.Equal(range.Accounts, accounts.Length);
            foreach (var (accountId, baseline) in accounts)
            {
                Assert.Equal(range.Shard, BaselineShard.IndexOf(accountId, Shards));
                read.Add(accountId, baseline);
            }
        }

        return read;
    }

    private static byte[] Section(params (string Id, AccountBaseline Baseline)[] accounts)
    {
        var (content, ranges) = AccountSidecar.Write(accounts.ToDictionary(a => a.Id, a => a.Baseline), 1);
        Assert.Equal(content.Length, Assert.Single(ranges).Length);
        return content;
    }

    [Fact]
    public void Write_ThenRead_GivesEveryAccountBack()
    {
        var accounts = Accounts(500, seed: 1);

        var (content, ranges) = AccountSidecar.Write(accounts, Shards);
        var read = ReadAll(content, ranges);

        Assert.Equal(ranges.Select(r => r.Shard).Order(), ranges.Select(r => r.Shard));
        Assert.Equal(content.Length, ranges.Sum(r => r.Length));
        Assert.Equal(0, ranges[0].Offset);
        Assert.All(ranges.Skip(1).Zip(ranges), p => Assert.Equal(p.Second.Offset + p.Second.Length, p.First.Offset));
        Assert.Equal(accounts.OrderBy(a => a.Key, StringComparer.Ordinal), read.OrderBy(a => a.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Write_ThenRead_KeepsDoublesBitForBitAndSetsAsTheyWere()
    {
        var amounts = new RunningStats[]
        {
            new(3, 0.1 + 0.2, 1.0 / 3),
            new(1, double.Epsilon, 0),
            new(2, -1e308, double.MaxValue),
            new(7, Math.PI, 5e-324),
            new(0, -0.0, 0),
            new(long.MaxValue, 12.5, 1e-300),
        };
        var accounts = new Dictionary<string, AccountBaseline>(StringComparer.Ordinal)
        {
            ["konto-ü"] = new(amounts[0], [], []),
            ["账户-1"] = new(amounts[1], ["DE"], []),
            ["acct-😀"] = new(amounts[2], [], ["5411"]),
            [""] = new(amounts[3], ["ÄX", "DE", "AT"], ["5411", "5411"]),
            ["acct-0"] = new(amounts[4], [], []),
            [new string('x', 300)] = new(amounts[5], Enumerable.Range(0, 50).Select(i => $"C{i:D2}"), []),
        };

        var (content, ranges) = AccountSidecar.Write(accounts, Shards);
        var read = ReadAll(content, ranges);

        Assert.Equal(accounts.Count, read.Count);
        foreach (var (accountId, expected) in accounts)
        {
            var actual = read[accountId];
            Assert.Equal(expected.Amount.Count, actual.Amount.Count);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Amount.Mean), BitConverter.DoubleToInt64Bits(actual.Amount.Mean));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Amount.M2), BitConverter.DoubleToInt64Bits(actual.Amount.M2));
            Assert.Equal(expected.Countries, actual.Countries);
            Assert.Equal(expected.MerchantCategories, actual.MerchantCategories);
        }
    }

    [Fact]
    public void Write_NoAccounts_IsEmpty()
    {
        var (content, ranges) = AccountSidecar.Write(new Dictionary<string, AccountBaseline>(), Shards);

        Assert.Empty(content);
        Assert.Empty(ranges);
    }

    [Fact]
    public void Read_AnyTruncation_ThrowsInvalidData()
    {
        var section = Section(("acct-ü", new AccountBaseline(new RunningStats(2, 10, 8), ["DE", "FR"], ["5411"])), ("acct-2", AccountBaseline.Empty));

        for (int length = 0; length < section.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => AccountSidecar.Read(section.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Read_TrailingBytesOrOtherFormat_ThrowsInvalidData()
    {
        var section = Section(("acct-1", AccountBaseline.Empty));
        byte[] otherFormat = [(byte)(AccountSidecar.Format + 1), .. section[1..]];

        Assert.Throws<InvalidDataException>(() => AccountSidecar.Read([.. section, 0]));
        Assert.Throws<InvalidDataException>(() => AccountSidecar.Read(otherFormat));
        Assert.Throws<InvalidDataException>(() => AccountSidecar.Read("{\"schemaVersion\":1,"u8));
    }

    [Fact]
    public void Read_Garbage_ThrowsInvalidData()
    {
        var random = new Random(5);
        var section = Section(("acct-1", new AccountBaseline(new RunningStats(1, 3, 0), ["DE"], ["5411"])));

        for (int round = 0; round < 500; round++)
        {
            var garbage = new byte[random.Next(1, 80)];
            random.NextBytes(garbage);
            garbage[0] = AccountSidecar.Format;

            var exception = Record.Exception(() => AccountSidecar.Read(garbage));

            Assert.IsType<InvalidDataException>(exception);
        }

        byte[] negativeCount = [.. section];
        negativeCount[1 + 4 + 1 + "acct-1".Length + 7] = 0x80; // the amount count's top byte
        byte[] badUtf8 = [.. section];
        badUtf8[1 + 4 + 1] = 0xFF;
        Assert.Throws<InvalidDataException>(() => AccountSidecar.Read(negativeCount));
        Assert.Throws<InvalidDataException>(() => AccountSidecar.Read(badUtf8));
    }
}
