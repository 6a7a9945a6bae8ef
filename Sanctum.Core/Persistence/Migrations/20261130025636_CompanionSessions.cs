using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Sanctum.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CompanionSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sessions",
                schema: "companion",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    shifts_logged = table.Column<int>(type: "integer", nullable: false),
                    skills_used = table.Column<string>(type: "jsonb", nullable: false),
                    crisis_detected = table.Column<bool>(type: "boolean", nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_sessions_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposals",
                schema: "companion",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    record_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposals_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "companion",
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_proposals_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_log",
                schema: "companion",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    logged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    snapshot = table.Column<string>(type: "jsonb", nullable: false),
                    day_label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                        .Annotation("Npgsql:TsVectorConfig", "english")
                        .Annotation("Npgsql:TsVectorProperties", new[] { "day_label", "content" }),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_session_log_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "companion",
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_session_log_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_memories",
                schema: "companion",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_memories", x => x.id);
                    table.ForeignKey(
                        name: "fk_session_memories_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "companion",
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_session_memories_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_session_id_created_at",
                schema: "companion",
                table: "proposals",
                columns: new[] { "session_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_user_id",
                schema: "companion",
                table: "proposals",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_log_search_vector",
                schema: "companion",
                table: "session_log",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_session_log_session_id",
                schema: "companion",
                table: "session_log",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_log_user_id_logged_at",
                schema: "companion",
                table: "session_log",
                columns: new[] { "user_id", "logged_at" });

            migrationBuilder.CreateIndex(
                name: "ix_session_memories_session_id",
                schema: "companion",
                table: "session_memories",
                column: "session_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_session_memories_user_id",
                schema: "companion",
                table: "session_memories",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id_started_at",
                schema: "companion",
                table: "sessions",
                columns: new[] { "user_id", "started_at" });

            // The session log is append-only at the database level. Only account deletion removes rows: by the time
            // its cascade reaches the log, the owner's row in identity.users is already gone.
            migrationBuilder.Sql("""
                CREATE FUNCTION companion.reject_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM identity.users WHERE id = OLD.user_id) THEN
                        RETURN OLD;
                    END IF;
                    RAISE EXCEPTION 'companion.session_log is append-only';
                END $$;
                CREATE TRIGGER session_log_append_only
                    BEFORE UPDATE OR DELETE ON companion.session_log
                    FOR EACH ROW EXECUTE FUNCTION companion.reject_log_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION companion.reject_log_change() CASCADE;");

            migrationBuilder.DropTable(
                name: "proposals",
                schema: "companion");

            migrationBuilder.DropTable(
                name: "session_log",
                schema: "companion");

            migrationBuilder.DropTable(
                name: "session_memories",
                schema: "companion");

            migrationBuilder.DropTable(
                name: "sessions",
                schema: "companion");
        }
    }
}
