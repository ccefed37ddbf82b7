using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyReader.Data.Storage.Postgres.Migrations
{
    /// <summary>
    /// Full-text indexes over passages and statements: GIN indexes on <c>to_tsvector('english', …)</c>
    /// expressions, which PostgreSQL keeps current by itself (no triggers, no extra columns in the model).
    /// <c>PostgresFullTextSearch</c> repeats these expressions exactly, or the planner would not use them.
    /// </summary>
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Passages_Search" ON "Passages" USING GIN (to_tsvector('english'::regconfig, "Text"));
                CREATE INDEX "IX_Statements_Search" ON "Statements" USING GIN (to_tsvector('english'::regconfig, "Text" || ' ' || COALESCE("Quote", '')));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_Statements_Search";
                DROP INDEX "IX_Passages_Search";
                """);
        }
    }
}
