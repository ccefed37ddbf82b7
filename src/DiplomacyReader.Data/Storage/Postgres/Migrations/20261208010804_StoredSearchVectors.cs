using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyReader.Data.Storage.Postgres.Migrations
{
    /// <summary>
    /// The full-text vectors kept in stored generated columns, with the GIN indexes on them, instead of indexes on
    /// the <c>to_tsvector</c> expressions: ranking (<c>ts_rank_cd</c>) and a phrase's check need each matching row's
    /// vector, and an expression index made the server parse the text of every match again (1.4 s for a common
    /// word at two million passages; 154 ms from the stored vector). Still no columns in the model: PostgreSQL
    /// computes them, and <c>PostgresFullTextSearch</c> names them.
    /// </summary>
    public partial class StoredSearchVectors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Passages" ADD COLUMN "SearchVector" tsvector
                    GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "Text")) STORED;
                CREATE INDEX "IX_Passages_SearchVector" ON "Passages" USING GIN ("SearchVector");
                DROP INDEX "IX_Passages_Search";
                ALTER TABLE "Statements" ADD COLUMN "SearchVector" tsvector
                    GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "Text" || ' ' || COALESCE("Quote", ''))) STORED;
                CREATE INDEX "IX_Statements_SearchVector" ON "Statements" USING GIN ("SearchVector");
                DROP INDEX "IX_Statements_Search";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Statements_Search" ON "Statements" USING GIN (to_tsvector('english'::regconfig, "Text" || ' ' || COALESCE("Quote", '')));
                DROP INDEX "IX_Statements_SearchVector";
                ALTER TABLE "Statements" DROP COLUMN "SearchVector";
                CREATE INDEX "IX_Passages_Search" ON "Passages" USING GIN (to_tsvector('english'::regconfig, "Text"));
                DROP INDEX "IX_Passages_SearchVector";
                ALTER TABLE "Passages" DROP COLUMN "SearchVector";
                """);
        }
    }
}
