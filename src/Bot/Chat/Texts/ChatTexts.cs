using System.Collections;
using System.Globalization;
using System.Resources;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Chat.Texts;

/// <summary>
/// Every text the ChatOps experience shows, from <c>ChatTexts.resx</c> (Japanese, the neutral language) and
/// <c>ChatTexts.en.resx</c>. Times are shown in JST for Japanese and in UTC for English.
/// </summary>
internal sealed class ChatTexts
{
    private static readonly ResourceManager Resources = new(typeof(ChatTexts));

    // Japan has no daylight saving time; a fixed zone needs no tz database in the container.
    private static readonly TimeZoneInfo Jst = TimeZoneInfo.CreateCustomTimeZone("JST", TimeSpan.FromHours(9), "JST", "JST");

    private readonly CultureInfo _culture;

    private ChatTexts(string language)
    {
        Language = language;
        _culture = CultureInfo.GetCultureInfo(language);
        Zone = language == "en" ? TimeZoneInfo.Utc : Jst;
        ZoneLabel = language == "en" ? "UTC" : "JST";
    }

    public static ChatTexts Japanese { get; } = new("ja");

    public static ChatTexts English { get; } = new("en");

    public string Language { get; }

    public TimeZoneInfo Zone { get; }

    public string ZoneLabel { get; }

    public static ChatTexts For(string? language) => language == "en" ? English : Japanese;

    /// <summary>The texts of one language exactly as the resources hold them, without falling back to the other.</summary>
    public static IReadOnlyDictionary<string, string> Table(string language)
    {
        var culture = language == "en" ? CultureInfo.GetCultureInfo("en") : CultureInfo.InvariantCulture;
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No text resources for '{language}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);
    }

    public string Get(string key) =>
        Resources.GetString(key, _culture) is { Length: > 0 } text ? text : throw new InvalidOperationException($"No text '{key}' in language '{Language}'.");

    public string Format(string key, params object?[] args) => string.Format(_culture, Get(key), args);

    public string State(RequestState state) => Get("state." + state);

    public string Step(RequestState state) => Get("step." + state);

    public string Role(Role role) => Get("role." + role);

    public string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + ZoneLabel;

    public string Duration(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return Get("duration.under_minute");
        }

        return span.TotalDays >= 1 ? Format("duration.days", (int)span.TotalDays, span.Hours, span.Minutes)
            : span.TotalHours >= 1 ? Format("duration.hours", (int)span.TotalHours, span.Minutes)
            : Format("duration.minutes", (int)span.TotalMinutes);
    }
}
