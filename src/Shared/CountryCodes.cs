namespace LawfulBasis.Shared;

/// <summary>ISO 3166-1 alpha-2 codes, and which of them lie inside the European Economic Area.</summary>
internal static class CountryCodes
{
    // ISO 3166-1 alpha-2, officially assigned codes.
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
        "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
        "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
        "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
        "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
        "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    // The 27 EU Member States, the EEA EFTA states (Iceland, Liechtenstein, Norway), and the EU territories that
    // ISO 3166-1 codes separately: the Åland Islands and the French outermost regions. Svalbard (SJ) is outside the EEA.
    private const string EuropeanEconomicArea =
        "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO AX GF GP MQ RE YT MF";

    public static bool IsAssigned(string? code) => IsListed(Assigned, code);

    public static bool IsInEuropeanEconomicArea(string? code) => IsListed(EuropeanEconomicArea, code);

    private static bool IsListed(string list, string? code)
    {
        if (code is null || code.Length != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z')
        {
            return false;
        }

        for (var i = 0; i + 1 < list.Length; i += 3)
        {
            if (list[i] == code[0] && list[i + 1] == code[1])
            {
                return true;
            }
        }

        return false;
    }
}
