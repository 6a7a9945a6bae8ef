namespace Sanctum.IntegrationTests;

/// <summary>Every list a person keeps under /api/v1/me, with a valid body, an edit and a bad one per field.</summary>
public sealed record PersonalCollection(
    string Path, object Valid, object Edited, string EditedField, string EditedValue, (string Field, object Body)[] Invalid)
{
    public override string ToString() => Path;

    public static readonly PersonalCollection Contacts = new(
        "/api/v1/me/contacts",
        new { name = "Alex", relationship = "sister", email = "alex@example.org", phone = "+1 555 0100", whenToCall = "If I stop answering", alertsOptIn = true },
        new { name = "Alex", relationship = "sister", email = "alex@example.org", phone = "+1 555 0199", whenToCall = "Evenings", alertsOptIn = false },
        "phone", "+1 555 0199",
        [
            ("name", new { name = "", phone = "+1 555 0100" }),
            ("email", new { name = "Alex", email = "not-an-email" }),
            ("email", new { name = "Alex", phone = "+1 555 0100", alertsOptIn = true }),
            ("phone", new { name = "Alex" }),
            ("alertsOptIn", new { name = "Alex", phone = "1", alertsOptIn = "yes please" }),
        ]);

    public static readonly PersonalCollection Providers = new(
        "/api/v1/me/providers",
        new { type = "psychiatrist", name = "Dr. Rivera", practice = "Harbor Clinic", phone = "+1 555 0111", email = "rivera@example.org", nextAppointmentAt = "2026-12-01T15:30:00Z" },
        new { type = "psychiatrist", name = "Dr. Rivera", practice = "Harbor Clinic West", phone = "+1 555 0111", email = "rivera@example.org" },
        "practice", "Harbor Clinic West",
        [
            ("type", new { type = "dentist", name = "Dr. Rivera" }),
            ("type", new { name = "Dr. Rivera" }),
            ("name", new { type = "therapist", name = " " }),
            ("email", new { type = "therapist", name = "Jo", email = "jo@" }),
            ("nextAppointmentAt", new { type = "pcp", name = "Jo", nextAppointmentAt = "next tuesday" }),
        ]);

    public static readonly PersonalCollection Medications = new(
        "/api/v1/me/medications",
        new { name = "Lamotrigine", dose = 100, unit = "mg", scheduleTimes = new[] { "08:00", "20:00" }, prescriber = "Dr. Rivera", startDate = "2026-10-01", active = true },
        new { name = "Lamotrigine", dose = 150, unit = "mg", scheduleTimes = new[] { "08:00" }, prescriber = "Dr. Rivera", startDate = "2026-10-01", active = true },
        "dose", "150",
        [
            ("name", new { name = "" }),
            ("dose", new { name = "Lithium", dose = -5, unit = "mg" }),
            ("unit", new { name = "Lithium", dose = 300 }),
            ("scheduleTimes[0]", new { name = "Lithium", scheduleTimes = new[] { "25:00" } }),
            ("scheduleTimes", new { name = "Lithium", scheduleTimes = new[] { "08:00", "08:00" } }),
            ("startDate", new { name = "Lithium", startDate = "yesterday" }),
        ]);

    public static TheoryData<PersonalCollection> All => [Contacts, Providers, Medications];

    public static TheoryData<PersonalCollection, string, int> InvalidCases()
    {
        var data = new TheoryData<PersonalCollection, string, int>();
        foreach (var collection in new[] { Contacts, Providers, Medications })
        {
            for (var i = 0; i < collection.Invalid.Length; i++) data.Add(collection, collection.Invalid[i].Field, i);
        }

        return data;
    }
}
