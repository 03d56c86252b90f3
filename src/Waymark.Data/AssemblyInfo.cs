// Storage: EF Core (SQLite default, PostgreSQL) and event stores.
[assembly: System.CLSCompliant(false)]
