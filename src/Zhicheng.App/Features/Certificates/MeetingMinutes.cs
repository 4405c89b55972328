namespace Zhicheng.App.Features.Certificates;

/// <summary>评审会议纪要 — what the minutes of an evaluation meeting record (<see cref="MinutesDocument"/> renders them).</summary>
public sealed record MeetingMinutes(string Committee, string MeetingNumber, DateOnly HeldOn, string Place,
    int PanelSize, int Present, string DrawSeed, IReadOnlyList<MinutesExpert> Experts,
    IReadOnlyList<MinutesCandidate> Candidates, DateTimeOffset GeneratedAt);

/// <summary>An expert drawn for the panel, present or not, and the group they sat in.</summary>
public sealed record MinutesExpert(string Name, string Employer, string Specialty, string? Group, bool Present);

/// <summary>A candidate evaluated: the group's scores and opinion, and the tally of the secret ballot.</summary>
public sealed record MinutesCandidate(string ApplicationNumber, string Name, string Unit, string Specialty, string Level,
    string? Group, IReadOnlyList<MinutesScore> Scores, string Opinion, int Yes, int No, int Abstain, int Present, bool Passed);

/// <summary>One dimension's score of the evaluation standard.</summary>
public sealed record MinutesScore(string Dimension, int Score);
