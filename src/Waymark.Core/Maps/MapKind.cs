namespace Waymark.Core.Maps;

public enum MapKind
{
    CurrentState,
    FutureState,
    DayInTheLife,
    ServiceBlueprint,
    Renewal,
    Churn,
    Custom,
}
