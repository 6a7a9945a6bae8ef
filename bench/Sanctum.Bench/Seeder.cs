using System.Diagnostics;
using System.Net;

namespace Sanctum.Bench;

/// <summary>What the seeding wrote, and how long it took.</summary>
public sealed record SeededData(
    BenchUser YearUser, IReadOnlyList<BenchUser> Everyone, int Shifts, int CheckIns, int Requests, TimeSpan Elapsed,
    DateOnly YearFrom, DateOnly YearTo);

/// <summary>
/// Fills the app through its own Api with parallel clients, so every row has its audit row exactly as real use
/// leaves it: one person with a year of about 8 shifts a day and morning and evening check-ins, and 100 people
/// with 90 days of about 3 shifts a day and morning check-ins.
/// </summary>
public static class Seeder
{
    public const int YearDays = 365;
    public const int OtherPeople = 100;
    public const int OtherDays = 90;

    /// <summary>Seeding's clients, whatever the measurement uses, so that every run starts from the same data as fast.</summary>
    public const int Parallelism = 32;

    private static readonly string[] Zones = ["Europe/London", "America/New_York", "America/Los_Angeles", "Europe/Berlin", "Australia/Sydney"];

    private sealed record Person(string Email, string Zone, int Days, int MinShiftsPerDay, int MaxShiftsPerDay, bool Evenings);

    /// <param name="Wave">Calls of one wave run in parallel; a day's evening check-in waits for the wave after its morning one,
    /// because both halves upsert the same row and two first writes at once would collide on its unique key.</param>
    private sealed record Call(BenchUser User, HttpMethod Method, string Path, object Body, HttpStatusCode Expected, int Wave = 0);

    public static async Task<SeededData> SeedAsync(ApiSession api, int seed, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Person[] people =
        [
            new("bench-year@example.org", "America/Chicago", YearDays, 6, 10, Evenings: true),
            .. Enumerable.Range(1, OtherPeople).Select(i => new Person($"bench-{i:000}@example.org", Zones[i % Zones.Length], OtherDays, 2, 4, Evenings: false)),
        ];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

        var users = new BenchUser[people.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, people.Length), parallel, async (i, ct) =>
            users[i] = await api.RegisterAndSignInAsync(people[i].Email, people[i].Zone, ct));

        var calls = new List<Call>();
        for (var i = 0; i < people.Length; i++) calls.AddRange(Days(people[i], users[i], new Random(seed + i)));

        foreach (var wave in calls.GroupBy(c => c.Wave).OrderBy(w => w.Key))
        {
            // Interleave people, as real traffic would, rather than writing one person's year in a block.
            var shuffled = wave.ToArray();
            new Random(seed).Shuffle(shuffled);
            await Parallel.ForEachAsync(shuffled, parallel, (call, ct) =>
                new ValueTask(api.SendAsync(ApiSession.Request(call.Method, call.Path, call.User, call.Body), call.Expected, ct)));
        }

        var yearUser = users[0];
        var shifts = calls.Count(c => c.Method == HttpMethod.Post);
        return new SeededData(
            yearUser, users, shifts, calls.Count - shifts, calls.Count + 2 * users.Length, clock.Elapsed,
            yearUser.Today.AddDays(-YearDays), yearUser.Today.AddDays(-1));
    }

    /// <summary>The person's days up to yesterday: the morning check-in, the day's shifts, then the evening check-in.</summary>
    private static IEnumerable<Call> Days(Person person, BenchUser user, Random random)
    {
        var life = new SyntheticLife(random);
        var today = user.Today;
        for (var date = today.AddDays(-person.Days); date < today; date = date.AddDays(1))
        {
            var day = $"/api/v1/mood/baselines/{date:yyyy-MM-dd}";
            yield return new Call(user, HttpMethod.Put, $"{day}/morning", life.Morning(), HttpStatusCode.OK);
            foreach (var time in life.TimesOfDay(random.Next(person.MinShiftsPerDay, person.MaxShiftsPerDay + 1)))
                yield return new Call(user, HttpMethod.Post, "/api/v1/mood/shifts", life.NextShift(user.At(date, time)), HttpStatusCode.Created);
            if (person.Evenings)
                yield return new Call(user, HttpMethod.Put, $"{day}/evening", life.Evening(), HttpStatusCode.OK, Wave: 1);
        }
    }
}
