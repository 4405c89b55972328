using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Zhicheng.App.Data;
using Zhicheng.Benchmarks.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Titles;

namespace Zhicheng.Benchmarks.Verification;

/// <summary>
/// <c>certificates-db CONNECTION N OUTDIR [SEED]</c>: fills a freshly migrated database with the people benchmark's city
/// (<see cref="PeopleData"/>, as many people as it takes to hold N titles — about 1.3 N) and exactly N titles, each with an
/// electronic certificate: a valid number (<see cref="CertificateNumber.Compose"/>: 运城's prefix 1408, the year obtained, the
/// level, a committee per series and level, a sequence per committee and year), the committee's name, a document number,
/// issued a few days after the title. About 0.3% of the titles are revoked (as PeopleData makes them). The token column holds
/// one placeholder of a real token's length for every row: the public verification by number never reads it, and the
/// benchmark does not verify tokens. Loaded as people-db loads (one transaction; binary COPY on PostgreSQL), no accounts.
/// Writes OUTDIR/pairs.tsv (number, a tab, the holder's name: random existing certificates for the wrk script) and
/// OUTDIR/stats.txt.
/// </summary>
public static class CertificatesDb
{
    public const int Pairs = 10_000;

    /// <summary>The length of the placeholder token: about what a signed token of a certificate's facts takes.</summary>
    public const int TokenLength = 400;

    private sealed record CertificateRow(int Id, int TitleId, string Number, DateOnly IssuedOn);

    public static int Run(string connection, int count, string outDir, int seed)
    {
        var provider = Database.ProviderOf(connection);
        Directory.CreateDirectory(outDir);
        var clock = Stopwatch.StartNew();
        // About 0.8 titles a person: start at 1.3 people a title, more if the seed's city falls short.
        PeopleData data;
        var people = count * 13L / 10 + 100;
        while ((data = PeopleData.Generate((int)people, 2000, seed)).Titles.Count < count)
        {
            people = people * 11 / 10;
        }
        data.Titles.RemoveRange(count, data.Titles.Count - count);
        var certificates = Number(data);
        Console.Error.WriteLine($"generated {data.People.Count:N0} people, {data.Titles.Count:N0} titles with certificates in {clock.Elapsed.TotalSeconds:F1} s (seed {seed})");

        clock.Restart();
        var token = new string('x', TokenLength);
        if (provider == DatabaseProvider.PostgreSql)
        {
            PeopleDb.LoadPostgreSql(connection, data, [], (db, tx) =>
            {
                using (var copy = db.BeginBinaryImport("COPY certificates (id, title_id, number, issued_on, algorithm, token) FROM STDIN (FORMAT BINARY)"))
                {
                    foreach (var c in certificates)
                    {
                        copy.StartRow();
                        copy.Write(c.Id, NpgsqlDbType.Integer);
                        copy.Write(c.TitleId, NpgsqlDbType.Integer);
                        copy.Write(c.Number, NpgsqlDbType.Varchar);
                        copy.Write(c.IssuedOn, NpgsqlDbType.Date);
                        copy.Write("bench", NpgsqlDbType.Varchar);
                        copy.Write(token, NpgsqlDbType.Varchar);
                    }
                    copy.Complete();
                }
                PeopleDb.Exec(db, "SELECT setval(pg_get_serial_sequence('certificates', 'id'), (SELECT max(id) FROM certificates))", tx);
                return ["certificates"];
            });
        }
        else
        {
            PeopleDb.LoadSqlite(connection, data, [], (db, tx) =>
                PeopleDb.Insert(db, tx, "certificates", ["id", "title_id", "number", "issued_on", "algorithm", "token"], certificates,
                    c => [c.Id, c.TitleId, c.Number, PeopleDb.Date(c.IssuedOn), "bench", token]));
        }
        Console.Error.WriteLine($"loaded and analysed ({provider}) in {clock.Elapsed.TotalSeconds:F1} s");
        WritePairs(data, certificates, outDir, seed);
        return 0;
    }

    /// <summary>Gives every title a certificate number, a committee and a document number; the certificates, one per title.</summary>
    private static List<CertificateRow> Number(PeopleData data)
    {
        var series = data.Titles.Select(t => t.Series).Distinct().Order(StringComparer.Ordinal).ToList();
        var sequences = new Dictionary<(int Committee, int Year), int>();
        var certificates = new List<CertificateRow>(data.Titles.Count);
        for (var i = 0; i < data.Titles.Count; i++)
        {
            var t = data.Titles[i];
            var level = Enum.Parse<TitleLevel>(t.Level);
            var committee = (series.IndexOf(t.Series) + 1) * 10 + (int)level;
            var year = t.ObtainedOn.Year;
            var sequence = sequences[(committee, year)] = sequences.GetValueOrDefault((committee, year)) + 1;
            var number = CertificateNumber.Compose("1408", year, level, committee, sequence);
            data.Titles[i] = t with
            {
                CertificateNumber = number,
                DocumentNumber = string.Create(CultureInfo.InvariantCulture, $"运人社职字〔{year}〕{committee}号"),
            };
            certificates.Add(new CertificateRow(t.Id, t.Id, number, t.ObtainedOn.AddDays(7 + t.Id % 20)));
        }
        return certificates;
    }

    private static void WritePairs(PeopleData data, List<CertificateRow> certificates, string outDir, int seed)
    {
        var random = new Random(seed + 2);
        var names = data.People.ToDictionary(p => p.Id, p => p.Name);
        var lines = Enumerable.Range(0, Pairs)
            .Select(_ => data.Titles[random.Next(data.Titles.Count)])
            .Select(t => $"{t.CertificateNumber}\t{names[t.PersonId]}");
        File.WriteAllLines(Path.Combine(outDir, "pairs.tsv"), lines);
        var stats = new StringBuilder();
        stats.AppendLine(CultureInfo.InvariantCulture, $"people {data.People.Count:N0}; titles with certificates {certificates.Count:N0}; revoked {data.Titles.Count(t => t.RevokedOn is not null):N0}");
        stats.AppendLine(CultureInfo.InvariantCulture, $"pairs.tsv: {Pairs:N0} random (number, name) pairs of existing certificates");
        File.WriteAllText(Path.Combine(outDir, "stats.txt"), stats.ToString());
        Console.Error.Write(stats.ToString());
    }
}
