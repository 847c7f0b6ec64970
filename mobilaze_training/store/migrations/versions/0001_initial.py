"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-26 01:54:25.943030
"""

from alembic import op
import sqlalchemy as sa
import mobilaze_training.store.models


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('actor_name', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('id', name=op.f('uq_audit_log_id'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)

    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_meta'))
    )
    op.create_table('roles',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_roles'))
    )
    roles = sa.table('roles', sa.column('name', sa.String), sa.column('description', sa.String))
    op.bulk_insert(
        roles,
        [
            {'name': 'trainee', 'description': 'Studies modules, takes quizzes and exams'},
            {'name': 'instructor', 'description': 'Runs cohorts, grades essays, issues certificates'},
            {'name': 'admin', 'description': 'Manages users, modules, backups and data exchange'},
        ],
    )
    op.create_table('users',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_login_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('password_changed_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['role'], ['roles.name'], name=op.f('fk_users_role_roles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('attempt_allowances',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('module_id', sa.String(length=64), nullable=False),
    sa.Column('assessment_id', sa.String(length=64), nullable=False),
    sa.Column('extra_attempts', sa.Integer(), nullable=False),
    sa.Column('granted_by', sa.Uuid(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('created_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['granted_by'], ['users.id'], name=op.f('fk_attempt_allowances_granted_by_users')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_attempt_allowances_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attempt_allowances'))
    )
    op.create_table('certificates',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('serial', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('module_id', sa.String(length=64), nullable=False),
    sa.Column('module_version', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('issued_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('signature', sa.String(length=128), nullable=False),
    sa.Column('key_id', sa.String(length=64), nullable=False),
    sa.Column('issued_by', sa.Uuid(), nullable=True),
    sa.Column('revoked_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_reason', sa.Text(), nullable=True),
    sa.Column('created_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['issued_by'], ['users.id'], name=op.f('fk_certificates_issued_by_users')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_certificates_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificates')),
    sa.UniqueConstraint('serial', name=op.f('uq_certificates_serial'))
    )
    op.create_table('cohorts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('instructor_id', sa.Uuid(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('created_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['instructor_id'], ['users.id'], name=op.f('fk_cohorts_instructor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohorts')),
    sa.UniqueConstraint('name', name=op.f('uq_cohorts_name'))
    )
    op.create_table('lesson_progress',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('module_id', sa.String(length=64), nullable=False),
    sa.Column('lesson_id', sa.String(length=64), nullable=False),
    sa.Column('opened_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('completed_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_lesson_progress_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lesson_progress')),
    sa.UniqueConstraint('user_id', 'module_id', 'lesson_id', name=op.f('uq_lesson_progress_user_id'))
    )
    op.create_table('module_versions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('module_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('manifest', sa.JSON(), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('signed_by', sa.String(length=128), nullable=True),
    sa.Column('installed_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('installed_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['installed_by'], ['users.id'], name=op.f('fk_module_versions_installed_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_module_versions')),
    sa.UniqueConstraint('module_id', 'version', name=op.f('uq_module_versions_module_id'))
    )
    with op.batch_alter_table('module_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_module_versions_module_id'), ['module_id'], unique=False)

    op.create_table('assessments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('module_version_id', sa.Uuid(), nullable=False),
    sa.Column('assessment_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('config', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['module_version_id'], ['module_versions.id'], name=op.f('fk_assessments_module_version_id_module_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments')),
    sa.UniqueConstraint('module_version_id', 'assessment_id', name=op.f('uq_assessments_module_version_id'))
    )
    op.create_table('assignments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('cohort_id', sa.Uuid(), nullable=False),
    sa.Column('module_id', sa.String(length=64), nullable=False),
    sa.Column('due_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_assignments_cohort_id_cohorts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignments')),
    sa.UniqueConstraint('cohort_id', 'module_id', name=op.f('uq_assignments_cohort_id'))
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignments_module_id'), ['module_id'], unique=False)

    op.create_table('attempts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('module_id', sa.String(length=64), nullable=False),
    sa.Column('module_version', sa.String(length=64), nullable=False),
    sa.Column('module_version_id', sa.Uuid(), nullable=True),
    sa.Column('assessment_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('paper_id', sa.String(length=64), nullable=True),
    sa.Column('started_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('deadline_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('submitted_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('auto_submitted', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('max_score', sa.Float(), nullable=False),
    sa.Column('percent', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.Column('origin_machine', sa.String(length=64), nullable=True),
    sa.Column('created_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['module_version_id'], ['module_versions.id'], name=op.f('fk_attempts_module_version_id_module_versions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_attempts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attempts'))
    )
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attempts_status'), ['status'], unique=False)
        batch_op.create_index('ix_attempts_user_assessment', ['user_id', 'module_id', 'assessment_id'], unique=False)

    op.create_table('enrolments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('cohort_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_enrolments_cohort_id_cohorts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_enrolments_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolments')),
    sa.UniqueConstraint('cohort_id', 'user_id', name=op.f('uq_enrolments_cohort_id'))
    )
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolments_user_id'), ['user_id'], unique=False)

    op.create_table('lessons',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('module_version_id', sa.Uuid(), nullable=False),
    sa.Column('lesson_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.JSON(), nullable=False),
    sa.Column('bodies', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['module_version_id'], ['module_versions.id'], name=op.f('fk_lessons_module_version_id_module_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lessons')),
    sa.UniqueConstraint('module_version_id', 'lesson_id', name=op.f('uq_lessons_module_version_id'))
    )
    op.create_table('media_files',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('module_version_id', sa.Uuid(), nullable=False),
    sa.Column('path', sa.String(length=512), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['module_version_id'], ['module_versions.id'], name=op.f('fk_media_files_module_version_id_module_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_media_files')),
    sa.UniqueConstraint('module_version_id', 'path', name=op.f('uq_media_files_module_version_id'))
    )
    op.create_table('questions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('module_version_id', sa.Uuid(), nullable=False),
    sa.Column('question_id', sa.String(length=64), nullable=False),
    sa.Column('bank', sa.String(length=64), nullable=False),
    sa.Column('qtype', sa.String(length=32), nullable=False),
    sa.Column('points', sa.Float(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['module_version_id'], ['module_versions.id'], name=op.f('fk_questions_module_version_id_module_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questions')),
    sa.UniqueConstraint('module_version_id', 'question_id', name=op.f('uq_questions_module_version_id'))
    )
    op.create_table('answers',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('attempt_id', sa.Uuid(), nullable=False),
    sa.Column('question_id', sa.String(length=64), nullable=False),
    sa.Column('response', sa.JSON(), nullable=True),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('graded_by', sa.Uuid(), nullable=True),
    sa.Column('graded_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=True),
    sa.Column('grader_comment', sa.Text(), nullable=True),
    sa.Column('created_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', mobilaze_training.store.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['attempt_id'], ['attempts.id'], name=op.f('fk_answers_attempt_id_attempts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['graded_by'], ['users.id'], name=op.f('fk_answers_graded_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_answers')),
    sa.UniqueConstraint('attempt_id', 'question_id', name=op.f('uq_answers_attempt_id'))
    )


def downgrade() -> None:
    op.drop_table('answers')
    op.drop_table('questions')
    op.drop_table('media_files')
    op.drop_table('lessons')
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolments_user_id'))

    op.drop_table('enrolments')
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.drop_index('ix_attempts_user_assessment')
        batch_op.drop_index(batch_op.f('ix_attempts_status'))

    op.drop_table('attempts')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignments_module_id'))

    op.drop_table('assignments')
    op.drop_table('assessments')
    with op.batch_alter_table('module_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_module_versions_module_id'))

    op.drop_table('module_versions')
    op.drop_table('lesson_progress')
    op.drop_table('cohorts')
    op.drop_table('certificates')
    op.drop_table('attempt_allowances')
    op.drop_table('users')
    op.drop_table('roles')
    op.drop_table('meta')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
