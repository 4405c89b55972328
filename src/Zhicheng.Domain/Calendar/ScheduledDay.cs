namespace Zhicheng.Domain.Calendar;

/// <summary>One day listed in the holiday data: a day off or a make-up working day, with its holiday's name.</summary>
internal readonly record struct ScheduledDay(DayKind Kind, string Holiday);
