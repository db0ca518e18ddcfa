namespace Tidewater.Domain.Validation;

/// <summary>The active ISO 4217 currency codes and their minor units (decimal places).</summary>
/// <remarks>
/// Embedded so that validation needs no I/O. Source: ISO 4217 list one, amendments up to 2025: circulating
/// currencies and the fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW); withdrawn codes (ANG, CUC, HRK,
/// SLL, ZWL) and codes without a minor unit (precious metals, XDR, XSU, XUA, test codes) are left out because no
/// payment is made in them. Lookups go through a 26³ table, so they cost a few instructions and allocate nothing.
/// </remarks>
public static class CurrencyCodes
{
    // Each entry: three letters and the minor unit digit.
    private const string Table =
        "AED2 AFN2 ALL2 AMD2 AOA2 ARS2 AUD2 AWG2 AZN2 BAM2 BBD2 BDT2 BGN2 BHD3 BIF0 BMD2 BND2 BOB2 BOV2 BRL2 " +
        "BSD2 BTN2 BWP2 BYN2 BZD2 CAD2 CDF2 CHE2 CHF2 CHW2 CLF4 CLP0 CNY2 COP2 COU2 CRC2 CUP2 CVE2 CZK2 DJF0 " +
        "DKK2 DOP2 DZD2 EGP2 ERN2 ETB2 EUR2 FJD2 FKP2 GBP2 GEL2 GHS2 GIP2 GMD2 GNF0 GTQ2 GYD2 HKD2 HNL2 HTG2 " +
        "HUF2 IDR2 ILS2 INR2 IQD3 IRR2 ISK0 JMD2 JOD3 JPY0 KES2 KGS2 KHR2 KMF0 KPW2 KRW0 KWD3 KYD2 KZT2 LAK2 " +
        "LBP2 LKR2 LRD2 LSL2 LYD3 MAD2 MDL2 MGA2 MKD2 MMK2 MNT2 MOP2 MRU2 MUR2 MVR2 MWK2 MXN2 MXV2 MYR2 MZN2 " +
        "NAD2 NGN2 NIO2 NOK2 NPR2 NZD2 OMR3 PAB2 PEN2 PGK2 PHP2 PKR2 PLN2 PYG0 QAR2 RON2 RSD2 RUB2 RWF0 SAR2 " +
        "SBD2 SCR2 SDG2 SEK2 SGD2 SHP2 SLE2 SOS2 SRD2 SSP2 STN2 SVC2 SYP2 SZL2 THB2 TJS2 TMT2 TND3 TOP2 TRY2 " +
        "TTD2 TWD2 TZS2 UAH2 UGX0 USD2 USN2 UYI0 UYU2 UYW4 UZS2 VED2 VES2 VND0 VUV0 WST2 XAF0 XCD2 XCG2 XOF0 " +
        "XPF0 YER2 ZAR2 ZMW2 ZWG2";

    private const int EntryLength = 5;

    private static readonly string[] Codes = new string[(Table.Length + 1) / EntryLength];
    private static readonly byte[] MinorUnits = new byte[Codes.Length];

    // Maps a code's base-26 number to 1 + its index in Codes; 0 means not a code.
    private static readonly short[] Slots = BuildSlots();

    /// <summary>Gets every code in the table, in alphabetical order.</summary>
    public static IReadOnlyList<string> All => Codes;

    /// <summary>Looks up an upper-case three-letter code given as UTF-8.</summary>
    /// <param name="code">The candidate code.</param>
    /// <param name="minorUnits">The number of decimal places of the currency, when found.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is an active code.</returns>
    public static bool TryGetMinorUnits(ReadOnlySpan<byte> code, out int minorUnits)
    {
        var slot = code.Length == 3 ? SlotOf(code[0], code[1], code[2]) : 0;
        minorUnits = slot > 0 ? MinorUnits[slot - 1] : 0;
        return slot > 0;
    }

    /// <summary>Looks up an upper-case three-letter code.</summary>
    /// <param name="code">The candidate code.</param>
    /// <param name="minorUnits">The number of decimal places of the currency, when found.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is an active code.</returns>
    public static bool TryGetMinorUnits(ReadOnlySpan<char> code, out int minorUnits)
    {
        var slot = code.Length == 3 ? SlotOf(code[0], code[1], code[2]) : 0;
        minorUnits = slot > 0 ? MinorUnits[slot - 1] : 0;
        return slot > 0;
    }

    /// <summary>Tells whether <paramref name="code"/> is an active upper-case ISO 4217 code.</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns><see langword="true"/> when it is active.</returns>
    public static bool IsActive(ReadOnlySpan<char> code) => TryGetMinorUnits(code, out _);

    /// <summary>Returns the shared string instance of a valid UTF-8 code, so accepted events do not allocate it.</summary>
    /// <param name="code">A code for which <see cref="TryGetMinorUnits(ReadOnlySpan{byte}, out int)"/> returned true.</param>
    /// <returns>The code as a string.</returns>
    internal static string Intern(ReadOnlySpan<byte> code) => Codes[SlotOf(code[0], code[1], code[2]) - 1];

    private static int SlotOf(int a, int b, int c)
    {
        var x = a - 'A';
        var y = b - 'A';
        var z = c - 'A';
        return (uint)x < 26 && (uint)y < 26 && (uint)z < 26 ? Slots[(((x * 26) + y) * 26) + z] : 0;
    }

    private static short[] BuildSlots()
    {
        var slots = new short[26 * 26 * 26];
        for (var i = 0; i < Codes.Length; i++)
        {
            var entry = Table.AsSpan(i * EntryLength, EntryLength - 1);
            Codes[i] = entry[..3].ToString();
            MinorUnits[i] = (byte)(entry[3] - '0');
            slots[(((entry[0] - 'A') * 26) + (entry[1] - 'A')) * 26 + (entry[2] - 'A')] = (short)(i + 1);
        }

        return slots;
    }
}
