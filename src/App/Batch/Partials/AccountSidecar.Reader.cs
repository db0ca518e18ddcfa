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
        var reader = new SectionReader(section);
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

            accounts[i] = (accountId, new AccountBaseline(amount, reader.Codes(), reader.Codes()));
        }

        if (reader.Remaining != 0)
        {
            throw new InvalidDataException($"An accounts sidecar section has {reader.Remaining} bytes after its last account.");
        }

        return accounts;
    }

    /// <summary>Reads a section front to back; running past its end is an <see cref="InvalidDataException"/>.</summary>
    private ref struct SectionReader(ReadOnlySpan<byte> section)
    {
        private readonly ReadOnlySpan<byte> _section = section;
        private int _position;

        public readonly int Remaining => _section.Length - _position;

        public byte Byte() => Take(1)[0];

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(sizeof(double)));

        public int Varint()
        {
            uint value = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                byte b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value <= int.MaxValue && (shift < 28 || b <= 0x0F)
                        ? (int)value
                        : throw new InvalidDataException("A length in an accounts sidecar is out of range.");
                }
            }

            throw new InvalidDataException("A length in an accounts sidecar runs over five bytes.");
        }

        public string String()
        {
            var bytes = Take(Varint());
            try
            {
                return Utf8.GetString(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                throw new InvalidDataException("A string in an accounts sidecar is not UTF-8.", ex);
            }
        }

        /// <summary>Reads a set of codes; written in order, they reach the baseline without another sort.</summary>
        public string[] Codes()
        {
            int count = Varint();
            if (count > AccountBaseline.MaxCodesPerSet)
            {
                throw new InvalidDataException($"A code set in an accounts sidecar has {count} codes, more than {AccountBaseline.MaxCodesPerSet}.");
            }

            var codes = count == 0 ? [] : new string[count];
            for (int i = 0; i < codes.Length; i++)
            {
                codes[i] = String();
            }

            return codes;
        }

        private ReadOnlySpan<byte> Take(int size)
        {
            if (size > Remaining)
            {
                throw new InvalidDataException($"An accounts sidecar section ends {size - Remaining} bytes early.");
            }

            var span = _section.Slice(_position, size);
            _position += size;
            return span;
        }
    }
}
