using Zhicheng.App.Features.Integrity;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.Web.Pages.Supervision;

/// <summary>Where an order to rectify stands (N2024-4.3b); a notice of criticism has no state of its own.</summary>
public enum OrderState
{
    /// <summary>整改中: not reported, the deadline not passed (the deadline day itself still counts as in time).</summary>
    Open = 1,
    /// <summary>逾期未整改: not reported and the deadline has passed — a notice of criticism may follow.</summary>
    Overdue = 2,
    /// <summary>已报告整改.</summary>
    Rectified = 3,
}

public static class OrderStates
{
    public static string Label(OrderState state) => state switch
    {
        OrderState.Open => "整改中",
        OrderState.Overdue => "逾期未整改",
        _ => "已报告整改",
    };

    /// <summary>The state of an order on <paramref name="today"/>; null for a notice of criticism.</summary>
    public static OrderState? Of(UnitAction action, DateOnly today) =>
        action.Kind != UnitActionKind.RectificationOrder ? null
        : action.RectifiedOn is not null ? OrderState.Rectified
        : action.RectifyBy < today ? OrderState.Overdue
        : OrderState.Open;

    /// <summary>The orders in <paramref name="state"/> on <paramref name="today"/>, as a query.</summary>
    public static IQueryable<UnitAction> Where(IQueryable<UnitAction> actions, OrderState state, DateOnly today)
    {
        var orders = actions.Where(a => a.Kind == UnitActionKind.RectificationOrder);
        return state switch
        {
            OrderState.Open => orders.Where(a => a.RectifiedOn == null && a.RectifyBy >= today),
            OrderState.Overdue => orders.Where(a => a.RectifiedOn == null && a.RectifyBy < today),
            _ => orders.Where(a => a.RectifiedOn != null),
        };
    }
}
