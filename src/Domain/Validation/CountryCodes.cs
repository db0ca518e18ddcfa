namespace Tidewater.Domain.Validation;

/// <summary>The officially assigned ISO 3166-1 alpha-2 country codes.</summary>
/// <remarks>
/// Embedded so that validation needs no I/O: the 249 officially assigned codes (exceptionally or transitionally
/// reserved codes such as <c>UK</c>, <c>EU</c> or <c>XK</c> are not included). Lookups go through a 26² table.
/// </remarks>
public static class CountryCodes
{
    private const string Table =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW " +
        "BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI " +
        "FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN " +
        "IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME " +
        "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF " +
        "PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV " +
        "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE " +
        "YT ZA ZM ZW";

    private static readonly string[] Codes = Table.Split(' ');

    // Holds the shared string of each assigned code at index (first * 26 + second), null elsewhere.
    private static readonly string?[] Slots = BuildSlots();

    /// <summary>Gets every assigned code, in alphabetical order.</summary>
    public static IReadOnlyList<string> All => Codes;

    /// <summary>Tells whether <paramref name="code"/> is an assigned upper-case alpha-2 code, given as UTF-8.</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns><see langword="true"/> when it is assigned.</returns>
    public static bool IsAssigned(ReadOnlySpan<byte> code) => code.Length == 2 && SlotOf(code[0], code[1]) is not null;

    /// <summary>Tells whether <paramref name="code"/> is an assigned upper-case alpha-2 code.</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns><see langword="true"/> when it is assigned.</returns>
    public static bool IsAssigned(ReadOnlySpan<char> code) => code.Length == 2 && SlotOf(code[0], code[1]) is not null;

    /// <summary>Returns the shared string instance of an assigned UTF-8 code, so accepted events do not allocate it.</summary>
    /// <param name="code">A code for which <see cref="IsAssigned(ReadOnlySpan{byte})"/> returned true.</param>
    /// <returns>The code as a string.</returns>
    internal static string Intern(ReadOnlySpan<byte> code) => SlotOf(code[0], code[1])!;

    private static string? SlotOf(int a, int b)
    {
        var x = a - 'A';
        var y = b - 'A';
        return (uint)x < 26 && (uint)y < 26 ? Slots[(x * 26) + y] : null;
    }

    private static string?[] BuildSlots()
    {
        var slots = new string?[26 * 26];
        foreach (var code in Codes)
        {
            slots[((code[0] - 'A') * 26) + (code[1] - 'A')] = code;
        }

        return slots;
    }
}
