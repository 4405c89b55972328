namespace Zhicheng.Domain.Calendar;

/// <summary>What a day is under the <see cref="WorkingDayCalendar"/>.</summary>
public enum DayKind
{
    /// <summary>Monday to Friday, not a day off: a working day.</summary>
    Workday,

    /// <summary>Saturday or Sunday, not a make-up working day: not a working day.</summary>
    Weekend,

    /// <summary>放假 — a day off published in the year's notice (weekday or weekend): not a working day.</summary>
    Holiday,

    /// <summary>调休上班 — a Saturday or Sunday the notice makes a working day: a working day.</summary>
    MakeUpWorkday,
}
