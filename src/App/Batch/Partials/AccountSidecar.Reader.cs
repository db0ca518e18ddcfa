using System.Buffers.Binary;
using System.Text;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Statistics;

namespace Tidewater.App.Batch;

internal static partial class AccountSidecar
{
    /// <summary>The fewest bytes an account takes: a one-byte id length, three 8-byte numbers and two set counts.</summary>
    private const int MinAccountBytes = 1 + (3 * sizeof(long)) + 2;

    /// <summary>Decodes one section written by <see cref="Write"/>.</summary>
    /// <param name="section">The bytes of one <see cref="ShardRange"/>.</param>
    /// <returns>The section's accounts with their baselines.</returns>
    /// <exception cref="InvalidDataException">The section is truncated, of another format, or holds an impossible baseline.</exception>
    public static (string AccountId, AccountBaseline Baseline)[] Read(ReadOnlySpan<byte> section)
    {
        var reader = new SidecarReader(section, "an accounts sidecar section");
        byte format = reader.Byte();
        if (format != Format)
        {
            throw new InvalidDataException($"An accounts sidecar section starts with 0x{format:X2}, not 0x{Format:X2}.");
        }

        int count = reader.Int32();
        if (count < 0 || count > reader.Remaining / MinAccountBytes)
        {
            throw new InvalidDataException($"An accounts sidecar section claims {count} accounts in {reader.Remaining} bytes.");
        }

        var accounts = new (string, AccountBaseline)[count];
        for (int i = 0; i < accounts.Length; i++)
        {
            string accountId = reader.String();
            var amount = new RunningStats(reader.Int64(), reader.Double(), reader.Double());
            if (amount.Count < 0 || !double.IsFinite(amount.Mean) || !double.IsFinite(amount.M2) || amount.M2 < 0
                || (amount.Count == 0 && (amount.Mean != 0 || amount.M2 != 0)))
            {
                throw new InvalidDataException($"Impossible amount statistics of account '{accountId}' in an accounts sidecar.");
            }

            accounts[i] = (accountId, new AccountBaseline(amount, Codes(ref reader), Codes(ref reader)));
        }

        if (reader.Remaining != 0)
        {
            throw new InvalidDataException($"An accounts sidecar section has {reader.Remaining} bytes after its last account.");
        }

        return accounts;
    }

    /// <summary>Reads a set of codes; written in order, they reach the baseline without another sort.</summary>
    private static string[] Codes(ref SidecarReader reader)
    {
        int count = reader.Varint();
        if (count > AccountBaseline.MaxCodesPerSet)
        {
            throw new InvalidDataException($"A code set in an accounts sidecar has {count} codes, more than {AccountBaseline.MaxCodesPerSet}.");
        }

        var codes = count == 0 ? [] : new string[count];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = reader.String();
        }

        return codes;
    }
}
