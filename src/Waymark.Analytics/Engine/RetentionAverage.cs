namespace Waymark.Analytics.Engine;

/// <summary>
/// Period k over the cohorts whose period k is complete: returning customers / those cohorts' customers (weighted by
/// cohort size); null share when no cohort has completed period k.
/// </summary>
public sealed record RetentionAverage(int Period, long Customers, long CohortCustomers, double? Share);
