using System.Globalization;
using System.Text.RegularExpressions;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Meetings;

namespace Zhicheng.Web.Pages.Meetings;

/// <summary>
/// The 评议组 form as rows: a name per row, and for each present seat and each candidate the row it is in (null: none).
/// Rows left without a name and without anyone in them are not groups; the others become <see cref="GroupForm"/>s.
/// </summary>
public sealed partial class GroupRows
{
    private GroupRows(IReadOnlyList<string?> names, IReadOnlyDictionary<int, int?> seats, IReadOnlyDictionary<int, int?> candidates)
    {
        Names = names;
        Seats = seats;
        Candidates = candidates;
    }

    public IReadOnlyList<string?> Names { get; }

    public IReadOnlyDictionary<int, int?> Seats { get; }

    public IReadOnlyDictionary<int, int?> Candidates { get; }

    public int Count => Names.Count;

    public int? SeatRow(int seatId) => Seats.GetValueOrDefault(seatId);

    public int? CandidateRow(int candidateId) => Candidates.GetValueOrDefault(candidateId);

    /// <summary>
    /// The meeting's groups as they stand, with room for as many groups as the present experts can make (each at least
    /// <paramref name="minSize"/>), at least one row.
    /// </summary>
    public static GroupRows Of(MeetingView view, int minSize)
    {
        var meeting = view.Meeting;
        var groups = meeting.Groups.OrderBy(g => g.Id).ToList();
        int? RowOf(int? groupId) => groupId is { } id && groups.FindIndex(g => g.Id == id) is var i and >= 0 ? i : null;
        var present = meeting.Seats.Count(s => s.Present);
        var count = Math.Max(1, Math.Max(groups.Count, present / Math.Max(1, minSize)));
        var names = Enumerable.Range(0, count).Select(i => i < groups.Count ? groups[i].Name : null).ToList();
        return new GroupRows(names, meeting.Seats.ToDictionary(s => s.Id, s => RowOf(s.GroupId)),
            view.Candidates.ToDictionary(c => c.Candidate.Id, c => RowOf(c.Candidate.GroupId)));
    }

    /// <summary>The rows as a refused form posted them, to show again.</summary>
    public static GroupRows Posted(IReadOnlyList<string?> names, IReadOnlyDictionary<int, string> seats, IReadOnlyDictionary<int, string> candidates) =>
        new(names, seats.ToDictionary(s => s.Key, s => Row(s.Value)), candidates.ToDictionary(c => c.Key, c => Row(c.Value)));

    /// <summary>At least <paramref name="count"/> rows (a refused form shows every row it had).</summary>
    public GroupRows Sized(int count) =>
        Count >= count ? this : new GroupRows([.. Names, .. Enumerable.Repeat<string?>(null, count - Count)], Seats, Candidates);

    /// <summary>The groups the rows make, and for each the row it came from.</summary>
    public (IReadOnlyList<GroupForm> Forms, IReadOnlyList<int> RowOf) Forms()
    {
        var used = Enumerable.Range(0, Count)
            .Where(i => !string.IsNullOrWhiteSpace(Names[i]) || Seats.Values.Contains(i) || Candidates.Values.Contains(i)).ToList();
        var forms = used.Select(i => new GroupForm(Names[i],
            [.. Seats.Where(s => s.Value == i).Select(s => s.Key).Order()],
            [.. Candidates.Where(c => c.Value == i).Select(c => c.Key).Order()])).ToList();
        return (forms, used);
    }

    /// <summary>The service's problems with <c>groups[k]</c> (the k-th group sent) renamed to the row it came from.</summary>
    public IReadOnlyList<Problem> OnRows(IReadOnlyList<Problem> problems, IReadOnlyList<int> rowOf) =>
        [.. problems.Select(p => GroupField().Match(p.Field) is { Success: true } m
            && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var k && k < rowOf.Count
                ? p with { Field = $"groups[{rowOf[k]}]{p.Field[m.Length..]}" }
                : p)];

    private static int? Row(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;

    [GeneratedRegex(@"^groups\[(\d+)\]")]
    private static partial Regex GroupField();
}
