<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation>Answered: %1 of %2</translation>
    </message>
    <message>
        <source>Time left: %1. The clock keeps running until you submit.</source>
        <translation>Time left: %1. The clock keeps running until you submit.</translation>
    </message>
    <message>
        <source>You have %n unfinished attempt(s); the others are on their module pages.</source>
        <translation>You have %n unfinished attempt(s); the others are on their module pages.</translation>
    </message>
    <message>
        <source>Unfinished attempt</source>
        <translation>Unfinished attempt</translation>
    </message>
    <message>
        <source>You have an unfinished attempt. Continue it now?</source>
        <translation>You have an unfinished attempt. Continue it now?</translation>
    </message>
    <message>
        <source>&amp;Resume now</source>
        <translation>&amp;Resume now</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>not marked yet</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>partly correct</source>
        <translation>partly correct</translation>
    </message>
    <message>
        <source>not correct</source>
        <translation>not correct</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 of %2 points</translation>
    </message>
    <message>
        <source>%n point(s)</source>
        <translation>%n point(s)</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Instructor&apos;s comment</source>
        <translation>Instructor&apos;s comment</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Correct answer</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>critical item</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Instructor&apos;s note</source>
        <translation>Instructor&apos;s note</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
</context>
<context>
    <name>AdminBackup</name>
    <message>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Saves the whole database (accounts, results, certificates, modules), the settings and the centre&apos;s keys in one zip file. Keep copies on a USB stick or another computer.</source>
        <translation>Saves the whole database (accounts, results, certificates, modules), the settings and the centre&apos;s keys in one zip file. Keep copies on a USB stick or another computer.</translation>
    </message>
    <message>
        <source>&amp;Make a backup…</source>
        <translation>&amp;Make a backup…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replaces ALL current data with the data in the backup. The current database is saved first in the backups folder. The program then reopens the database, and everyone logs in again.</source>
        <translation>Replaces ALL current data with the data in the backup. The current database is saved first in the backups folder. The program then reopens the database, and everyone logs in again.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>AdminHome</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>%1 account(s), %2 locked; %3 module(s) installed; %4 essay(s) to grade.</source>
        <translation>%1 account(s), %2 locked; %3 module(s) installed; %4 essay(s) to grade.</translation>
    </message>
    <message>
        <source>&amp;Users and accounts</source>
        <translation>&amp;Users and accounts</translation>
    </message>
    <message>
        <source>Create accounts, set roles, reset passwords, deactivate and unlock accounts.</source>
        <translation>Create accounts, set roles, reset passwords, deactivate and unlock accounts.</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Modules</translation>
    </message>
    <message>
        <source>Install or update course modules from a folder or a zip file; see every problem found.</source>
        <translation>Install or update course modules from a folder or a zip file; see every problem found.</translation>
    </message>
    <message>
        <source>&amp;Cohorts and progress</source>
        <translation>&amp;Cohorts and progress</translation>
    </message>
    <message>
        <source>Cohorts, enrolment, due dates and the progress grid of every cohort.</source>
        <translation>Cohorts, enrolment, due dates and the progress grid of every cohort.</translation>
    </message>
    <message>
        <source>Essay &amp;grading</source>
        <translation>Essay &amp;grading</translation>
    </message>
    <message>
        <source>Grade the essays that wait for review.</source>
        <translation>Grade the essays that wait for review.</translation>
    </message>
    <message>
        <source>&amp;Backup and restore</source>
        <translation>&amp;Backup and restore</translation>
    </message>
    <message>
        <source>Save the whole database to a file, or restore a saved backup.</source>
        <translation>Save the whole database to a file, or restore a saved backup.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Centre name, default language, session timeout, high contrast and text size.</source>
        <translation>Centre name, default language, session timeout, high contrast and text size.</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>Cer&amp;tificates</translation>
    </message>
    <message>
        <source>Issue and revoke certificates, check one, manage the signing keys; print exam papers and cohort reports.</source>
        <translation>Issue and revoke certificates, check one, manage the signing keys; print exam papers and cohort reports.</translation>
    </message>
    <message>
        <source>Import &amp;questions</source>
        <translation>Import &amp;questions</translation>
    </message>
    <message>
        <source>Convert GIFT, Moodle XML, Aiken or QTI questions into a question bank for a module.</source>
        <translation>Convert GIFT, Moodle XML, Aiken or QTI questions into a question bank for a module.</translation>
    </message>
    <message>
        <source>E&amp;xport results</source>
        <translation>E&amp;xport results</translation>
    </message>
    <message>
        <source>Results as CSV for Excel, an Excel workbook or xAPI statements.</source>
        <translation>Results as CSV for Excel, an Excel workbook or xAPI statements.</translation>
    </message>
    <message>
        <source>&amp;Item analysis</source>
        <translation>&amp;Item analysis</translation>
    </message>
    <message>
        <source>How each question of an exam worked, and which ones to review.</source>
        <translation>How each question of an exam worked, and which ones to review.</translation>
    </message>
    <message>
        <source>&amp;Data exchange</source>
        <translation>&amp;Data exchange</translation>
    </message>
    <message>
        <source>Results bundles from posts to headquarters, distribution bundles for posts, on a USB stick.</source>
        <translation>Results bundles from posts to headquarters, distribution bundles for posts, on a USB stick.</translation>
    </message>
    <message>
        <source>&amp;Keys and trust</source>
        <translation>&amp;Keys and trust</translation>
    </message>
    <message>
        <source>This computer&apos;s key, the computers and module publishers it trusts.</source>
        <translation>This computer&apos;s key, the computers and module publishers it trusts.</translation>
    </message>
    <message>
        <source>Pr&amp;actical tests</source>
        <translation>Pr&amp;actical tests</translation>
    </message>
    <message>
        <source>Record a practical test observed in a simulated situation; see a trainee&apos;s learning outcomes.</source>
        <translation>Record a practical test observed in a simulated situation; see a trainee&apos;s learning outcomes.</translation>
    </message>
</context>
<context>
    <name>AssessmentRow</name>
    <message>
        <source>Last result</source>
        <translation>Last result</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Practice quiz</source>
        <translation>Practice quiz</translation>
    </message>
    <message>
        <source>Practical test, observed by your instructor</source>
        <translation>Practical test, observed by your instructor</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>no time limit</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>pass mark %1</translation>
    </message>
    <message>
        <source>Attempts used: %1 (no limit)</source>
        <translation>Attempts used: %1 (no limit)</translation>
    </message>
    <message>
        <source>Attempts left: %1 of %2</source>
        <translation>Attempts left: %1 of %2</translation>
    </message>
    <message>
        <source>best result: %1</source>
        <translation>best result: %1</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ passed</translation>
    </message>
    <message>
        <source>waiting for the instructor&apos;s marking</source>
        <translation>waiting for the instructor&apos;s marking</translation>
    </message>
    <message>
        <source>an attempt is in progress</source>
        <translation>an attempt is in progress</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>No attempts left</source>
        <translation>No attempts left</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
</context>
<context>
    <name>AttemptDetailScreen</name>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>This attempt is in progress. Started: %1. Time limit ends: %2.</source>
        <translation>This attempt is in progress. Started: %1. Time limit ends: %2.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>The time limit now ends at %1.</source>
        <translation>The time limit now ends at %1.</translation>
    </message>
    <message>
        <source>Another attempt at %1 was granted (attempts are unlimited).</source>
        <translation>Another attempt at %1 was granted (attempts are unlimited).</translation>
    </message>
    <message>
        <source>Another attempt at %1 was granted: %2 attempt(s) now allowed.</source>
        <translation>Another attempt at %1 was granted: %2 attempt(s) now allowed.</translation>
    </message>
</context>
<context>
    <name>AttemptReview</name>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Correct answer</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>Grader comment</source>
        <translation>Grader comment</translation>
    </message>
    <message>
        <source>No per-question review for this attempt.</source>
        <translation>No per-question review for this attempt.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>not correct</source>
        <translation>not correct</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>partly correct</source>
        <translation>partly correct</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>waiting for grading</source>
        <translation>waiting for grading</translation>
    </message>
</context>
<context>
    <name>AttemptStatus</name>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Waiting for grading</source>
        <translation>Waiting for grading</translation>
    </message>
</context>
<context>
    <name>AttemptsTableModel</name>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Save the backup as</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Backups (*.zip)</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>The backup is saved: %1 (%2).</source>
        <translation>The backup is saved: %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <source>Restore the backup made on %1 (UTC)?

ALL current data will be replaced by the data in the backup. The current database is saved first in the backups folder.

The program will then reopen the database and you will need to log in again.</source>
        <translation>Restore the backup made on %1 (UTC)?

ALL current data will be replaced by the data in the backup. The current database is saved first in the backups folder.

The program will then reopen the database and you will need to log in again.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>&amp;Restore and reopen</source>
        <translation>&amp;Restore and reopen</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The backup is restored and the database was reopened. Please log in again.</source>
        <translation>The backup is restored and the database was reopened. Please log in again.</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <source>&amp;Issue and save</source>
        <translation>&amp;Issue and save</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder for the certificates</translation>
    </message>
    <message>
        <source>There is no cohort to choose.</source>
        <translation>There is no cohort to choose.</translation>
    </message>
    <message>
        <source>No installed module gives a certificate.</source>
        <translation>No installed module gives a certificate.</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation>Choose the folder for the PDF files.</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message numerus="yes">
        <source>%n certificate(s) issued</source>
        <translation>
            <numerusform>%n certificate issued</numerusform>
            <numerusform>%n certificates issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) skipped.</source>
        <translation>
            <numerusform>%n trainee skipped.</numerusform>
            <numerusform>%n trainees skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF files are in %1.</source>
        <translation>The PDF files are in %1.</translation>
    </message>
</context>
<context>
    <name>BatchSummaryModel</name>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>CertificateBatchDialog</name>
    <message>
        <source>Issue certificates to a cohort</source>
        <translation>Issue certificates to a cohort</translation>
    </message>
    <message>
        <source>Everyone in the cohort who has passed the module&apos;s required assessments receives a certificate; each certificate is saved as a PDF file named by its serial number. The others are listed with the reason.</source>
        <translation>Everyone in the cohort who has passed the module&apos;s required assessments receives a certificate; each certificate is saved as a PDF file named by its serial number. The others are listed with the reason.</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Save the PDF files &amp;in:</source>
        <translation>Save the PDF files &amp;in:</translation>
    </message>
    <message>
        <source>a folder for the certificates</source>
        <translation>a folder for the certificates</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>CertificateBatchSummary</name>
    <message>
        <source>Certificates issued</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <source>Trainees issued or skipped</source>
        <translation>Trainees issued or skipped</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
</context>
<context>
    <name>CertificateIssueDialog</name>
    <message>
        <source>Issue a certificate</source>
        <translation>Issue a certificate</translation>
    </message>
    <message>
        <source>Type part of the trainee&apos;s name or username to find them. The certificate is issued only when the trainee has passed the assessments the module requires; issuing it again gives the same certificate.</source>
        <translation>Type part of the trainee&apos;s name or username to find them. The certificate is issued only when the trainee has passed the assessments the module requires; issuing it again gives the same certificate.</translation>
    </message>
    <message>
        <source>&amp;Trainee:</source>
        <translation>&amp;Trainee:</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
</context>
<context>
    <name>CertificateMine</name>
    <message>
        <source>My certificates</source>
        <translation>My certificates</translation>
    </message>
    <message>
        <source>The certificates your training centre issued to you. Save one as a PDF file, open it to print, or check a certificate someone shows you.</source>
        <translation>The certificates your training centre issued to you. Save one as a PDF file, open it to print, or check a certificate someone shows you.</translation>
    </message>
    <message>
        <source>You have no certificates yet. Pass the required exams of a module; your training centre then issues its certificate.</source>
        <translation>You have no certificates yet. Pass the required exams of a module; your training centre then issues its certificate.</translation>
    </message>
    <message>
        <source>Certificate &amp;language:</source>
        <translation>Certificate &amp;language:</translation>
    </message>
    <message>
        <source>Language of the certificate</source>
        <translation>Language of the certificate</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PDF file</source>
        <translation>Save the selected certificate as a PDF file</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the selected certificate</source>
        <translation>Print the selected certificate</translation>
    </message>
    <message>
        <source>&amp;Open in the PDF viewer</source>
        <translation>&amp;Open in the PDF viewer</translation>
    </message>
    <message>
        <source>Opens the selected certificate in this computer&apos;s PDF viewer, where you can also print it</source>
        <translation>Opens the selected certificate in this computer&apos;s PDF viewer, where you can also print it</translation>
    </message>
    <message>
        <source>&amp;Check a certificate…</source>
        <translation>&amp;Check a certificate…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>CertificatePapersDialog</name>
    <message>
        <source>Print exam papers</source>
        <translation>Print exam papers</translation>
    </message>
    <message>
        <source>Each paper draws its own questions and has its own paper number and answer sheet; enter the answers later with the paper number so they are scored against that paper.</source>
        <translation>Each paper draws its own questions and has its own paper number and answer sheet; enter the answers later with the paper number so they are scored against that paper.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Number of &amp;papers:</source>
        <translation>Number of &amp;papers:</translation>
    </message>
    <message>
        <source>Number of papers</source>
        <translation>Number of papers</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>Language of the papers</translation>
    </message>
    <message>
        <source>Save the PDF files &amp;in:</source>
        <translation>Save the PDF files &amp;in:</translation>
    </message>
    <message>
        <source>a folder for the papers</source>
        <translation>a folder for the papers</translation>
    </message>
    <message>
        <source>Folder for the papers</source>
        <translation>Folder for the papers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>The register of issued certificates. A certificate is issued once a trainee has passed the assessments its module requires.</source>
        <translation>The register of issued certificates. A certificate is issued once a trainee has passed the assessments its module requires.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name or serial number</source>
        <translation>Name or serial number</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Issued certificates</translation>
    </message>
    <message>
        <source>&amp;Issue to a trainee…</source>
        <translation>&amp;Issue to a trainee…</translation>
    </message>
    <message>
        <source>Issue to a &amp;cohort…</source>
        <translation>Issue to a &amp;cohort…</translation>
    </message>
    <message>
        <source>Issue certificates to everyone in a cohort who has passed, and save their PDF files in a folder</source>
        <translation>Issue certificates to everyone in a cohort who has passed, and save their PDF files in a folder</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PDF file</source>
        <translation>Save the selected certificate as a PDF file</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected certificate in the PDF viewer (to print it)</source>
        <translation>Open the selected certificate in the PDF viewer (to print it)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate, with the reason (administrators only)</source>
        <translation>Revoke the selected certificate, with the reason (administrators only)</translation>
    </message>
    <message>
        <source>Chec&amp;k a certificate…</source>
        <translation>Chec&amp;k a certificate…</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <source>Print &amp;exam papers…</source>
        <translation>Print &amp;exam papers…</translation>
    </message>
    <message>
        <source>Exam papers with answer sheets, for a room without computers</source>
        <translation>Exam papers with answer sheets, for a room without computers</translation>
    </message>
    <message>
        <source>Cohort re&amp;port…</source>
        <translation>Cohort re&amp;port…</translation>
    </message>
    <message>
        <source>A cohort&apos;s results as a PDF: pass rates and a trainee-by-module table</source>
        <translation>A cohort&apos;s results as a PDF: pass rates and a trainee-by-module table</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>CertificateReportDialog</name>
    <message>
        <source>Cohort report</source>
        <translation>Cohort report</translation>
    </message>
    <message>
        <source>A PDF with the cohort&apos;s pass rate per module and each trainee&apos;s best result.</source>
        <translation>A PDF with the cohort&apos;s pass rate per module and each trainee&apos;s best result.</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Save as &amp;file:</source>
        <translation>Save as &amp;file:</translation>
    </message>
    <message>
        <source>the report&apos;s PDF file</source>
        <translation>the report&apos;s PDF file</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Report file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>CertificateRevokeDialog</name>
    <message>
        <source>Revoke a certificate</source>
        <translation>Revoke a certificate</translation>
    </message>
    <message>
        <source>A revoked certificate can no longer be verified as valid, on this computer and wherever its revocation is known. This cannot be undone.</source>
        <translation>A revoked certificate can no longer be verified as valid, on this computer and wherever its revocation is known. This cannot be undone.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>for example: issued by mistake</source>
        <translation>for example: issued by mistake</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Reason for revoking</translation>
    </message>
</context>
<context>
    <name>CertificateScreenBase</name>
    <message>
        <source>Choose a certificate in the table first.</source>
        <translation>Choose a certificate in the table first.</translation>
    </message>
    <message>
        <source>Save the certificate as</source>
        <translation>Save the certificate as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF of %1…</source>
        <translation>Making the PDF of %1…</translation>
    </message>
    <message>
        <source>The certificate is saved: %1</source>
        <translation>The certificate is saved: %1</translation>
    </message>
    <message>
        <source>The certificate is open in the PDF viewer; print it from there.</source>
        <translation>The certificate is open in the PDF viewer; print it from there.</translation>
    </message>
    <message>
        <source>No PDF viewer could be started. The file is here: %1</source>
        <translation>No PDF viewer could be started. The file is here: %1</translation>
    </message>
    <message>
        <source>The certificate was sent to the printer.</source>
        <translation>The certificate was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message>
        <source>Your certificate %1 expired on %2. Ask your training centre about renewing it.</source>
        <translation>Your certificate %1 expired on %2. Ask your training centre about renewing it.</translation>
    </message>
    <message>
        <source>Certificate %1 issued on %2; it does not expire. Save or print it under “My certificates”.</source>
        <translation>Certificate %1 issued on %2; it does not expire. Save or print it under “My certificates”.</translation>
    </message>
    <message>
        <source>Certificate %1 issued on %2, valid until %3. Save or print it under “My certificates”.</source>
        <translation>Certificate %1 issued on %2, valid until %3. Save or print it under “My certificates”.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>Valid certificate</source>
        <translation>Valid certificate</translation>
    </message>
    <message>
        <source>Tampered: this certificate has been altered or forged</source>
        <translation>Tampered: this certificate has been altered or forged</translation>
    </message>
    <message>
        <source>Unknown signer: this certificate cannot be checked here</source>
        <translation>Unknown signer: this certificate cannot be checked here</translation>
    </message>
    <message>
        <source>Revoked: this certificate is no longer valid</source>
        <translation>Revoked: this certificate is no longer valid</translation>
    </message>
    <message>
        <source>Expired: this certificate is no longer valid</source>
        <translation>Expired: this certificate is no longer valid</translation>
    </message>
    <message>
        <source>Not a certificate code: it cannot be read</source>
        <translation>Not a certificate code: it cannot be read</translation>
    </message>
    <message>
        <source>has not yet passed: %1</source>
        <translation>has not yet passed: %1</translation>
    </message>
    <message>
        <source>the module gives no certificate</source>
        <translation>the module gives no certificate</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>No certificates have been issued yet.</source>
        <translation>No certificates have been issued yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s).</source>
        <translation>
            <numerusform>%n certificate.</numerusform>
            <numerusform>%n certificates.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 certificates shown.</source>
        <translation>%1 of %2 certificates shown.</translation>
    </message>
    <message>
        <source>Certificate %1 is issued to %2.</source>
        <translation>Certificate %1 is issued to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued</source>
        <translation>
            <numerusform>%n certificate issued</numerusform>
            <numerusform>%n certificates issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) skipped.</source>
        <translation>
            <numerusform>%n trainee skipped.</numerusform>
            <numerusform>%n trainees skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 is revoked.</source>
        <translation>Certificate %1 is revoked.</translation>
    </message>
    <message numerus="yes">
        <source>%n exam paper(s) saved</source>
        <translation>
            <numerusform>%n exam paper saved</numerusform>
            <numerusform>%n exam papers saved</numerusform>
        </translation>
    </message>
    <message>
        <source>The cohort report is saved: %1</source>
        <translation>The cohort report is saved: %1</translation>
    </message>
</context>
<context>
    <name>CertificatesTableModel</name>
    <message>
        <source>Serial</source>
        <extracomment>the state of a row (valid, expired or revoked), for tests and delegates</extracomment>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Not met, this item fails the test whatever the percent.</source>
        <translation>Not met, this item fails the test whatever the percent.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>optional: what you observed</source>
        <translation>optional: what you observed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CohortAssignDialog</name>
    <message>
        <source>Assign a module</source>
        <translation>Assign a module</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Trainees see the due date on their home screen; after it, unfinished work shows as overdue. Assigning a module again changes its due date.</source>
        <translation>Trainees see the due date on their home screen; after it, unfinished work shows as overdue. Assigning a module again changes its due date.</translation>
    </message>
</context>
<context>
    <name>CohortEnrolDialog</name>
    <message>
        <source>Enrol trainees</source>
        <translation>Enrol trainees</translation>
    </message>
    <message>
        <source>Tick the trainees to enrol (Space ticks the current row). Trainees already in the cohort are not listed.</source>
        <translation>Tick the trainees to enrol (Space ticks the current row). Trainees already in the cohort are not listed.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation>Name or username</translation>
    </message>
    <message>
        <source>Trainees to choose from</source>
        <translation>Trainees to choose from</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Tick all shown</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Untick all</translation>
    </message>
</context>
<context>
    <name>CohortNewDialog</name>
    <message>
        <source>New cohort</source>
        <translation>New cohort</translation>
    </message>
    <message>
        <source>Cohort &amp;name:</source>
        <translation>Cohort &amp;name:</translation>
    </message>
    <message>
        <source>for example: Border guards, spring 2025</source>
        <translation>for example: Border guards, spring 2025</translation>
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation>&amp;Instructor:</translation>
    </message>
</context>
<context>
    <name>CohortReportDialog</name>
    <message>
        <source>&amp;Save the report</source>
        <translation>&amp;Save the report</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>There is no cohort to choose.</source>
        <translation>There is no cohort to choose.</translation>
    </message>
    <message>
        <source>Choose the file for the report.</source>
        <translation>Choose the file for the report.</translation>
    </message>
</context>
<context>
    <name>CohortScreen</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>Modules passed</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Cohort: %1</translation>
    </message>
    <message>
        <source>%1 trainee(s), %2 module(s)</source>
        <translation>%1 trainee(s), %2 module(s)</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1 shown)</translation>
    </message>
    <message>
        <source>Remove %1 from the cohort %2? Their results are kept.</source>
        <translation>Remove %1 from the cohort %2? Their results are kept.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Remove from cohort</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <source>&amp;Find a trainee:</source>
        <translation>&amp;Find a trainee:</translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation>Name or username</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load the latest progress (F5)</source>
        <translation>Load the latest progress (F5)</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>Progress of trainees by module</source>
        <translation>Progress of trainees by module</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Double-click a module cell, or select it and press Enter, to see that trainee&apos;s attempts, review them, give extra time or another attempt.</source>
        <translation>Double-click a module cell, or select it and press Enter, to see that trainee&apos;s attempts, review them, give extra time or another attempt.</translation>
    </message>
    <message>
        <source>&amp;Trainees</source>
        <translation>&amp;Trainees</translation>
    </message>
    <message>
        <source>Trainees in the cohort</source>
        <translation>Trainees in the cohort</translation>
    </message>
    <message>
        <source>&amp;Enrol trainees…</source>
        <translation>&amp;Enrol trainees…</translation>
    </message>
    <message>
        <source>Re&amp;move from cohort</source>
        <translation>Re&amp;move from cohort</translation>
    </message>
    <message>
        <source>Mo&amp;dules</source>
        <translation>Mo&amp;dules</translation>
    </message>
    <message>
        <source>Modules assigned to the cohort</source>
        <translation>Modules assigned to the cohort</translation>
    </message>
    <message>
        <source>&amp;Assign module…</source>
        <translation>&amp;Assign module…</translation>
    </message>
    <message>
        <source>Assigning a module again changes its due date.</source>
        <translation>Assigning a module again changes its due date.</translation>
    </message>
</context>
<context>
    <name>CohortsTableModel</name>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
</context>
<context>
    <name>DataCommon</name>
    <message>
        <source>exam</source>
        <translation>exam</translation>
    </message>
    <message>
        <source>practice quiz</source>
        <translation>practice quiz</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>practical</translation>
    </message>
</context>
<context>
    <name>DataExchangeScreen</name>
    <message>
        <source>This computer: %1 (computer id %2).</source>
        <translation>This computer: %1 (computer id %2).</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n trainee(s))</source>
        <translation>
            <numerusform>%1 (%n trainee)</numerusform>
            <numerusform>%1 (%n trainees)</numerusform>
        </translation>
    </message>
    <message>
        <source>No cohorts yet.</source>
        <translation>No cohorts yet.</translation>
    </message>
    <message>
        <source>Choose the folder for bundles</source>
        <translation>Choose the folder for bundles</translation>
    </message>
    <message>
        <source>Choose the folder for the bundles first.</source>
        <translation>Choose the folder for the bundles first.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Is the USB stick plugged in?</source>
        <translation>The folder %1 does not exist. Is the USB stick plugged in?</translation>
    </message>
    <message>
        <source>Writing the results bundle %1…</source>
        <translation>Writing the results bundle %1…</translation>
    </message>
    <message>
        <source>Check at least one cohort for the post.</source>
        <translation>Check at least one cohort for the post.</translation>
    </message>
    <message>
        <source>Writing the distribution bundle %1…</source>
        <translation>Writing the distribution bundle %1…</translation>
    </message>
    <message>
        <source>Choose a bundle to import</source>
        <translation>Choose a bundle to import</translation>
    </message>
    <message>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Bundles (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Checking and merging %1…</source>
        <translation>Checking and merging %1…</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing was imported.</source>
        <translation>The bundle was refused; nothing was imported.</translation>
    </message>
    <message>
        <source>Bundle refused</source>
        <translation>Bundle refused</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Nothing was changed on this computer.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>MOBILAZE Training</source>
        <translation>MOBILAZE Training</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe. The details are in the log file.</source>
        <translation>Something went wrong. Your saved work is safe. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) ticked</source>
        <translation>
            <numerusform>%n trainee ticked</numerusform>
            <numerusform>%n trainees ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Essay</name>
    <message>
        <source>Your &amp;answer:</source>
        <translation>Your &amp;answer:</translation>
    </message>
    <message>
        <source>Words: %1 of at most %2</source>
        <translation>Words: %1 of at most %2</translation>
    </message>
    <message>
        <source>too long, please shorten your answer</source>
        <translation>too long, please shorten your answer</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Words: %1</translation>
    </message>
</context>
<context>
    <name>EssayQueueModel</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>ExportCountsModel</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Records written</translation>
    </message>
</context>
<context>
    <name>ExportResults</name>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>Save the finished attempts you may see as a file: CSV for Excel, an Excel workbook with the answers, learning outcomes and item statistics, or xAPI statements for a learning record store.</source>
        <translation>Save the finished attempts you may see as a file: CSV for Excel, an Excel workbook with the answers, learning outcomes and item statistics, or xAPI statements for a learning record store.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Format of the file</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Submitted:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Save as &amp;file:</source>
        <translation>Save as &amp;file:</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>File to write</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>ExportResultsScreen</name>
    <message>
        <source>CSV for Excel (one row per attempt)</source>
        <translation>CSV for Excel (one row per attempt)</translation>
    </message>
    <message>
        <source>CSV for Excel (learning outcomes: one row per trainee and outcome)</source>
        <translation>CSV for Excel (learning outcomes: one row per trainee and outcome)</translation>
    </message>
    <message>
        <source>Excel workbook (attempts, answers, trainees, outcomes, items)</source>
        <translation>Excel workbook (attempts, answers, trainees, outcomes, items)</translation>
    </message>
    <message>
        <source>xAPI statements (JSON, for a learning record store)</source>
        <translation>xAPI statements (JSON, for a learning record store)</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>All cohorts</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>All modules</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export the results as</source>
        <translation>Export the results as</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>The first day must not come after the last day.</source>
        <translation>The first day must not come after the last day.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) exported</source>
        <translation>
            <numerusform>%n attempt exported</numerusform>
            <numerusform>%n attempts exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer row(s).</source>
        <translation>
            <numerusform>%n answer row.</numerusform>
            <numerusform>%n answer rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>%n statement.</numerusform>
            <numerusform>%n statements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning-outcome row(s).</source>
        <translation>
            <numerusform>%n learning-outcome row.</numerusform>
            <numerusform>%n learning-outcome rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished attempt matches the choices above.</source>
        <translation>No finished attempt matches the choices above.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start</source>
        <extracomment>Installs modules as `actor`; reports (done, total); returns how many modules it installed.</extracomment>
        <translation>First start</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Go to &amp;login</source>
        <translation>Go to &amp;login</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message numerus="yes">
        <source>The administrator account &apos;%1&apos; is ready and %n module(s) are installed.</source>
        <translation>
            <numerusform>The administrator account &apos;%1&apos; is ready and %n module are installed.</numerusform>
            <numerusform>The administrator account &apos;%1&apos; is ready and %n modules are installed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the training centre.</source>
        <translation>Enter the name of the training centre.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <source>The username needs 2 to 64 characters: letters a–z, digits, dots, dashes or underscores.</source>
        <translation>The username needs 2 to 64 characters: letters a–z, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Enter the administrator&apos;s full name.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n characters.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>The password must not begin or end with a space.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) installed.</source>
        <translation>
            <numerusform>%n module installed.</numerusform>
            <numerusform>%n modules installed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installing…</translation>
    </message>
    <message>
        <source>Installed %1 of %2…</source>
        <translation>Installed %1 of %2…</translation>
    </message>
    <message>
        <source>This did not work. The details are in the log file.</source>
        <translation>This did not work. The details are in the log file.</translation>
    </message>
    <message>
        <source>Welcome to MOBILAZE Training</source>
        <translation>Welcome to MOBILAZE Training</translation>
    </message>
    <message>
        <source>This computer is not set up yet. In a few steps you will name the training centre, create the administrator account and install the standard training modules.</source>
        <translation>This computer is not set up yet. In a few steps you will name the training centre, create the administrator account and install the standard training modules.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Training centre</source>
        <translation>Training centre</translation>
    </message>
    <message>
        <source>The name of the training centre is shown on the login screen, in reports and on certificates. You can change it later in the settings.</source>
        <translation>The name of the training centre is shown on the login screen, in reports and on certificates. You can change it later in the settings.</translation>
    </message>
    <message>
        <source>&amp;Name of the training centre:</source>
        <translation>&amp;Name of the training centre:</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>The administrator adds instructors and trainees, installs modules and makes backups. Choose a password of at least 8 characters and keep it safe.</source>
        <translation>The administrator adds instructors and trainees, installs modules and makes backups. Choose a password of at least 8 characters and keep it safe.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Standard modules</source>
        <translation>Standard modules</translation>
    </message>
    <message>
        <source>The training modules that come with the program are being installed. This takes a moment.</source>
        <translation>The training modules that come with the program are being installed. This takes a moment.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Log in with the administrator account to add instructors and trainees, form cohorts and assign modules.</source>
        <translation>Log in with the administrator account to add instructors and trainees, form cohorts and assign modules.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Please log in again.</source>
        <translation>Please log in again.</translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Save the private key as</source>
        <translation>Save the private key as</translation>
    </message>
    <message>
        <source>Private keys (*.pem)</source>
        <translation>Private keys (*.pem)</translation>
    </message>
    <message>
        <source>Give the key a label, for example the publisher&apos;s name.</source>
        <translation>Give the key a label, for example the publisher&apos;s name.</translation>
    </message>
    <message>
        <source>Choose where to save the private key.</source>
        <translation>Choose where to save the private key.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 exists already; choose another name.</translation>
    </message>
</context>
<context>
    <name>GradingQueue</name>
    <message>
        <source>Essays waiting for grading</source>
        <translation>Essays waiting for grading</translation>
    </message>
    <message>
        <source>No essays wait for grading. Well done!</source>
        <translation>No essays wait for grading. Well done!</translation>
    </message>
    <message>
        <source>&amp;Queue (oldest first):</source>
        <translation>&amp;Queue (oldest first):</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>Q&amp;uestion:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Ru&amp;bric:</source>
        <translation>Ru&amp;bric:</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>Trainee&apos;s &amp;response:</source>
        <translation>Trainee&apos;s &amp;response:</translation>
    </message>
    <message>
        <source>Trainee&apos;s response</source>
        <translation>Trainee&apos;s response</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Comment for the trainee (optional):</source>
        <translation>&amp;Comment for the trainee (optional):</translation>
    </message>
    <message>
        <source>Comment for the trainee</source>
        <translation>Comment for the trainee</translation>
    </message>
    <message>
        <source>Save &amp;grade</source>
        <translation>Save &amp;grade</translation>
    </message>
    <message>
        <source>Save the score and go to the next essay (Ctrl+Enter)</source>
        <translation>Save the score and go to the next essay (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>GradingScreen</name>
    <message>
        <source>Essay grading</source>
        <translation>Essay grading</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, %4, question %5 — submitted %6</source>
        <translation>%1 (%2) — %3, %4, question %5 — submitted %6</translation>
    </message>
    <message>
        <source>of %1 point(s)</source>
        <translation>of %1 point(s)</translation>
    </message>
    <message>
        <source>Saved. %1&apos;s attempt has more essays to grade.</source>
        <translation>Saved. %1&apos;s attempt has more essays to grade.</translation>
    </message>
    <message>
        <source>Saved. %1&apos;s attempt is complete: %2, passed.</source>
        <translation>Saved. %1&apos;s attempt is complete: %2, passed.</translation>
    </message>
    <message>
        <source>Saved. %1&apos;s attempt is complete: %2, not passed.</source>
        <translation>Saved. %1&apos;s attempt is complete: %2, not passed.</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Trust this key</translation>
    </message>
    <message>
        <source>Choose the public key file</source>
        <translation>Choose the public key file</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>Public keys (*.pub *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation>Choose the key file.</translation>
    </message>
</context>
<context>
    <name>ImportNotesModel</name>
    <message>
        <source>Kind</source>
        <extracomment>True on the rows that deserve a look (a weak question, an error)</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File:line</source>
        <translation>File:line</translation>
    </message>
    <message>
        <source>Question or field</source>
        <translation>Question or field</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>Import questions</source>
        <translation>Import questions</translation>
    </message>
    <message>
        <source>Convert a question bank exported from Moodle or another system (GIFT, Moodle XML, Aiken or QTI 2.1) into a bank file for a course module. What a bank cannot hold exactly is listed as a warning with its line; a file with errors writes nothing.</source>
        <translation>Convert a question bank exported from Moodle or another system (GIFT, Moodle XML, Aiken or QTI 2.1) into a bank file for a course module. What a bank cannot hold exactly is listed as a warning with its line; a file with errors writes nothing.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Format of the file</translation>
    </message>
    <message>
        <source>&amp;Source file:</source>
        <translation>&amp;Source file:</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>the file to import</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Bank file to write:</source>
        <translation>&amp;Bank file to write:</translation>
    </message>
    <message>
        <source>a .yaml file in the module&apos;s questions folder</source>
        <translation>a .yaml file in the module&apos;s questions folder</translation>
    </message>
    <message>
        <source>Bank file to write</source>
        <translation>Bank file to write</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>&amp;Language of the questions:</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Language of the questions</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
</context>
<context>
    <name>ImportQuestionsScreen</name>
    <message>
        <source>GIFT (Moodle text format)</source>
        <extracomment>file name patterns offered when choosing a source file, per format</extracomment>
        <translation>GIFT (Moodle text format)</translation>
    </message>
    <message>
        <source>Moodle XML</source>
        <translation>Moodle XML</translation>
    </message>
    <message>
        <source>Aiken</source>
        <translation>Aiken</translation>
    </message>
    <message>
        <source>QTI 2.1 (IMS)</source>
        <translation>QTI 2.1 (IMS)</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Import questions</translation>
    </message>
    <message>
        <source>Question files (%1);;All files (*)</source>
        <translation>Question files (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Write the question bank as</source>
        <translation>Write the question bank as</translation>
    </message>
    <message>
        <source>Question banks (*.yaml)</source>
        <translation>Question banks (*.yaml)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>Choose where to write the question bank.</source>
        <translation>Choose where to write the question bank.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported</source>
        <translation>
            <numerusform>%n question imported</numerusform>
            <numerusform>%n questions imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the table.</source>
        <translation>
            <numerusform>%n warning: see the table.</numerusform>
            <numerusform>%n warnings: see the table.</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>Add the bank to a module&apos;s questions folder and check the module.</source>
        <translation>Add the bank to a module&apos;s questions folder and check the module.</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: %n problem(s) found; nothing was written.</source>
        <translation>
            <numerusform>The file was not imported: %n problem found; nothing was written.</numerusform>
            <numerusform>The file was not imported: %n problems found; nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstructorHome</name>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Essays waiting for grading: %1.</source>
        <translation>Essays waiting for grading: %1.</translation>
    </message>
    <message>
        <source>No essays wait for grading.</source>
        <translation>No essays wait for grading.</translation>
    </message>
    <message>
        <source>Your cohorts</source>
        <translation>Your cohorts</translation>
    </message>
    <message>
        <source>Open a cohort to see its progress grid, enrol trainees and assign modules with due dates.</source>
        <translation>Open a cohort to see its progress grid, enrol trainees and assign modules with due dates.</translation>
    </message>
    <message>
        <source>&amp;Find a cohort:</source>
        <translation>&amp;Find a cohort:</translation>
    </message>
    <message>
        <source>Part of the cohort name</source>
        <translation>Part of the cohort name</translation>
    </message>
    <message>
        <source>There are no cohorts yet. Press “New cohort…” to create the first one.</source>
        <translation>There are no cohorts yet. Press “New cohort…” to create the first one.</translation>
    </message>
    <message>
        <source>O&amp;pen cohort</source>
        <translation>O&amp;pen cohort</translation>
    </message>
    <message>
        <source>Pr&amp;actical test</source>
        <translation>Pr&amp;actical test</translation>
    </message>
    <message>
        <source>Record a practical test observed in a simulated situation; see a trainee&apos;s learning outcomes</source>
        <translation>Record a practical test observed in a simulated situation; see a trainee&apos;s learning outcomes</translation>
    </message>
    <message>
        <source>Certificates and results</source>
        <translation>Certificates and results</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>Cer&amp;tificates</translation>
    </message>
    <message>
        <source>Issue certificates, print exam papers and cohort reports</source>
        <translation>Issue certificates, print exam papers and cohort reports</translation>
    </message>
    <message>
        <source>Import &amp;questions</source>
        <translation>Import &amp;questions</translation>
    </message>
    <message>
        <source>Convert GIFT, Moodle XML, Aiken or QTI questions into a module&apos;s bank</source>
        <translation>Convert GIFT, Moodle XML, Aiken or QTI questions into a module&apos;s bank</translation>
    </message>
    <message>
        <source>E&amp;xport results</source>
        <translation>E&amp;xport results</translation>
    </message>
    <message>
        <source>&amp;Item analysis</source>
        <translation>&amp;Item analysis</translation>
    </message>
    <message>
        <source>How each question of an exam worked</source>
        <translation>How each question of an exam worked</translation>
    </message>
    <message>
        <source>Progress, trainees and modules of the selected cohort (Enter)</source>
        <translation>Progress, trainees and modules of the selected cohort (Enter)</translation>
    </message>
    <message>
        <source>&amp;New cohort…</source>
        <translation>&amp;New cohort…</translation>
    </message>
    <message>
        <source>Essay &amp;grading queue</source>
        <translation>Essay &amp;grading queue</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Part of the name or username</source>
        <translation>Part of the name or username</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Choose the trainee.</source>
        <translation>Choose the trainee.</translation>
    </message>
    <message>
        <source>No installed module gives a certificate.</source>
        <translation>No installed module gives a certificate.</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisScreen</name>
    <message>
        <source>All cohorts</source>
        <translation>All cohorts</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>Item analysis</translation>
    </message>
    <message>
        <source>Choose a module and one of its exams or quizzes.</source>
        <translation>Choose a module and one of its exams or quizzes.</translation>
    </message>
    <message>
        <source>Reading the attempts…</source>
        <translation>Reading the attempts…</translation>
    </message>
    <message>
        <source>No scored attempt of this assessment yet.</source>
        <translation>No scored attempt of this assessment yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n attempt(s) each</source>
        <translation>
            <numerusform>up to %n attempt each</numerusform>
            <numerusform>up to %n attempts each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation>Save the table as</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>The table could not be saved: %1</source>
        <translation>The table could not be saved: %1</translation>
    </message>
    <message>
        <source>The table is saved: %1</source>
        <translation>The table is saved: %1</translation>
    </message>
</context>
<context>
    <name>ItemStatsModel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>Full marks</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>too hard</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>too easy</translation>
    </message>
    <message>
        <source>separates weakly</source>
        <translation>separates weakly</translation>
    </message>
    <message>
        <source>weaker trainees do better: check the key</source>
        <translation>weaker trainees do better: check the key</translation>
    </message>
    <message>
        <source>too few attempts to judge</source>
        <translation>too few attempts to judge</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>single choice</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>multiple choice</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>short answer</source>
        <translation>short answer</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>matching</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>ordering</translation>
    </message>
    <message>
        <source>essay</source>
        <translation>essay</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
</context>
<context>
    <name>ItemsAnalysis</name>
    <message>
        <source>Item analysis</source>
        <translation>Item analysis</translation>
    </message>
    <message>
        <source>How each question of an assessment worked, over the scored attempts you may see. Facility is the share of the points trainees earned (0 to 1); discrimination shows how well a question separates stronger from weaker trainees (−1 to 1, below 0.2 is weak). Questions marked ⚠ Review deserve a look.</source>
        <translation>How each question of an assessment worked, over the scored attempts you may see. Facility is the share of the points trainees earned (0 to 1); discrimination shows how well a question separates stronger from weaker trainees (−1 to 1, below 0.2 is weak). Questions marked ⚠ Review deserve a look.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Questions and their statistics</source>
        <translation>Questions and their statistics</translation>
    </message>
    <message>
        <source>&amp;Save the table as CSV…</source>
        <translation>&amp;Save the table as CSV…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>The files could not be written: %1</source>
        <translation>The files could not be written: %1</translation>
    </message>
</context>
<context>
    <name>JobScreen</name>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Stopped; nothing was written.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>KeysGenerateDialog</name>
    <message>
        <source>Generate a publisher key pair</source>
        <translation>Generate a publisher key pair</translation>
    </message>
    <message>
        <source>Creates a key pair for signing modules: a private key file (keep it secret and backed up: whoever has it can sign modules) and a public key file (.pub) for the computers that should trust those modules.</source>
        <translation>Creates a key pair for signing modules: a private key file (keep it secret and backed up: whoever has it can sign modules) and a public key file (.pub) for the computers that should trust those modules.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>for example: MOBILAZE course team</source>
        <translation>for example: MOBILAZE course team</translation>
    </message>
    <message>
        <source>&amp;Private key file:</source>
        <translation>&amp;Private key file:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Private key file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Trust this key on this computer too</source>
        <translation>&amp;Trust this key on this computer too</translation>
    </message>
</context>
<context>
    <name>KeysImportDialog</name>
    <message>
        <source>Import a key</source>
        <translation>Import a key</translation>
    </message>
    <message>
        <source>What is the key for?</source>
        <translation>What is the key for?</translation>
    </message>
    <message>
        <source>A &amp;computer&apos;s key: accept the bundles made on that computer</source>
        <translation>A &amp;computer&apos;s key: accept the bundles made on that computer</translation>
    </message>
    <message>
        <source>A &amp;publisher&apos;s key: trust the modules signed with it</source>
        <translation>A &amp;publisher&apos;s key: trust the modules signed with it</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Key &amp;file:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>optional: the label in the file is kept</source>
        <translation>optional: the label in the file is kept</translation>
    </message>
    <message>
        <source>The key file is the one-line .pub file saved on the other computer (Keys, Save to a file).</source>
        <translation>The key file is the one-line .pub file saved on the other computer (Keys, Save to a file).</translation>
    </message>
</context>
<context>
    <name>KeysScreen</name>
    <message>
        <source>Keys and trust</source>
        <translation>Keys and trust</translation>
    </message>
    <message>
        <source>The public key is copied; paste it into a message.</source>
        <translation>The public key is copied; paste it into a message.</translation>
    </message>
    <message>
        <source>Save this computer&apos;s public key as</source>
        <translation>Save this computer&apos;s public key as</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Public keys (*.pub)</translation>
    </message>
    <message>
        <source>The public key is saved: %1. Give it to the other side.</source>
        <translation>The public key is saved: %1. Give it to the other side.</translation>
    </message>
    <message>
        <source>The key %1 of computer %2 is trusted: its bundles are accepted.</source>
        <translation>The key %1 of computer %2 is trusted: its bundles are accepted.</translation>
    </message>
    <message>
        <source>The publisher key %1 is trusted: modules signed with it are accepted.</source>
        <translation>The publisher key %1 is trusted: modules signed with it are accepted.</translation>
    </message>
    <message>
        <source>Choose a key in the table first.</source>
        <translation>Choose a key in the table first.</translation>
    </message>
    <message>
        <source>Stop trusting the key %1 (%2)?</source>
        <translation>Stop trusting the key %1 (%2)?</translation>
    </message>
    <message>
        <source>Bundles signed with it will be refused until it is imported again.</source>
        <translation>Bundles signed with it will be refused until it is imported again.</translation>
    </message>
    <message>
        <source>Modules signed only with it will be treated as unsigned.</source>
        <translation>Modules signed only with it will be treated as unsigned.</translation>
    </message>
    <message>
        <source>Remove a trusted key</source>
        <translation>Remove a trusted key</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>The key %1 is no longer trusted.</source>
        <translation>The key %1 is no longer trusted.</translation>
    </message>
    <message>
        <source>The publisher key %1 is made. Private key: %2 (keep it secret). Public key: %3.</source>
        <translation>The publisher key %1 is made. Private key: %2 (keep it secret). Public key: %3.</translation>
    </message>
    <message>
        <source>This computer trusts it.</source>
        <translation>This computer trusts it.</translation>
    </message>
    <message>
        <source>Unsigned modules are accepted again.</source>
        <translation>Unsigned modules are accepted again.</translation>
    </message>
    <message>
        <source>Only signed modules are accepted now. No publisher key is trusted yet: every new module is refused until you import one.</source>
        <translation>Only signed modules are accepted now. No publisher key is trusted yet: every new module is refused until you import one.</translation>
    </message>
    <message>
        <source>Only modules signed by a trusted publisher are accepted now.</source>
        <translation>Only modules signed by a trusted publisher are accepted now.</translation>
    </message>
    <message>
        <source>Bundles and modules are signed. This computer accepts a bundle only from a computer whose key is registered here, and a signed module only from a trusted publisher.</source>
        <translation>Bundles and modules are signed. This computer accepts a bundle only from a computer whose key is registered here, and a signed module only from a trusted publisher.</translation>
    </message>
    <message>
        <source>This computer&apos;s key</source>
        <translation>This computer&apos;s key</translation>
    </message>
    <message>
        <source>Computer id:</source>
        <translation>Computer id:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>&amp;Public key:</translation>
    </message>
    <message>
        <source>This computer&apos;s public key</source>
        <translation>This computer&apos;s public key</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the public key line, to paste it into a message</source>
        <translation>Copy the public key line, to paste it into a message</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Save to a file…</translation>
    </message>
    <message>
        <source>Save the public key as a .pub file, for example on a USB stick</source>
        <translation>Save the public key as a .pub file, for example on a USB stick</translation>
    </message>
    <message>
        <source>Headquarters registers the key of each post so that it accepts the post&apos;s results bundles; a post registers the key of headquarters so that it accepts its distribution bundles.</source>
        <translation>Headquarters registers the key of each post so that it accepts the post&apos;s results bundles; a post registers the key of headquarters so that it accepts its distribution bundles.</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <source>&amp;Import a key…</source>
        <translation>&amp;Import a key…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Stop trusting the chosen key</source>
        <translation>Stop trusting the chosen key</translation>
    </message>
    <message>
        <source>Module publishers</source>
        <translation>Module publishers</translation>
    </message>
    <message>
        <source>A publisher signs modules with a private key; computers that trust its public key can check that a module was not altered.</source>
        <translation>A publisher signs modules with a private key; computers that trust its public key can check that a module was not altered.</translation>
    </message>
    <message>
        <source>&amp;Generate a publisher key pair…</source>
        <translation>&amp;Generate a publisher key pair…</translation>
    </message>
    <message>
        <source>Refuse &amp;unsigned modules: install only modules signed by a trusted publisher</source>
        <translation>Refuse &amp;unsigned modules: install only modules signed by a trusted publisher</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>This lesson is not available in your language; it is shown in %1.</source>
        <translation>This lesson is not available in your language; it is shown in %1.</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lesson %1 of %2</translation>
    </message>
    <message>
        <source>&amp;Back to the module</source>
        <translation>&amp;Back to the module</translation>
    </message>
    <message>
        <source>&amp;Next lesson →</source>
        <translation>&amp;Next lesson →</translation>
    </message>
    <message>
        <source>✓ Marked as read</source>
        <translation>✓ Marked as read</translation>
    </message>
    <message>
        <source>Links to other places are not opened here.</source>
        <translation>Links to other places are not opened here.</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Normal text size (Ctrl+0)</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lesson text</translation>
    </message>
    <message>
        <source>← &amp;Previous lesson</source>
        <translation>← &amp;Previous lesson</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>for example: aliyev.hasan</source>
        <translation>for example: aliyev.hasan</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <source>Logging in is not possible right now. The details are in the log file.</source>
        <translation>Logging in is not possible right now. The details are in the log file.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many failed logins. Try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>This account is locked after too many failed logins. Try again in %n minute, or ask an administrator to unlock it.</numerusform>
            <numerusform>This account is locked after too many failed logins. Try again in %n minutes, or ask an administrator to unlock it.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>This account is deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <source>The username or password is not right. Check the keyboard language and Caps Lock.</source>
        <translation>The username or password is not right. Check the keyboard language and Caps Lock.</translation>
    </message>
    <message>
        <source>MOBILAZE Training</source>
        <translation>MOBILAZE Training</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Forgot your password? Ask your administrator to reset it.</source>
        <translation>Forgot your password? Ask your administrator to reset it.</translation>
    </message>
    <message>
        <source>Check a &amp;certificate…</source>
        <translation>Check a &amp;certificate…</translation>
    </message>
    <message>
        <source>Check whether a certificate is genuine, without logging in</source>
        <translation>Check whether a certificate is genuine, without logging in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>MOBILAZE Training</source>
        <translation>MOBILAZE Training</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>MergeCountsModel</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Kept local</source>
        <translation>Kept local</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>The copy on this computer was newer or final, and was kept.</source>
        <translation>The copy on this computer was newer or final, and was kept.</translation>
    </message>
    <message>
        <source>Both sides had changed the record; the version not kept is in the audit log.</source>
        <translation>Both sides had changed the record; the version not kept is in the audit log.</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation>Lessons read</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Passed</translation>
    </message>
    <message>
        <source>Waiting for the instructor to mark an essay</source>
        <translation>Waiting for the instructor to mark an essay</translation>
    </message>
    <message>
        <source>An attempt is in progress</source>
        <translation>An attempt is in progress</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>best result: %1</source>
        <translation>best result: %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>due by %1</translation>
    </message>
    <message>
        <source>Lessons read:</source>
        <translation>Lessons read:</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>not read yet</translation>
    </message>
    <message>
        <source>Read: %1 of %2</source>
        <translation>Read: %1 of %2</translation>
    </message>
    <message>
        <source>This module has no quizzes or exams.</source>
        <translation>This module has no quizzes or exams.</translation>
    </message>
    <message>
        <source>Learning outcomes achieved: %1 of %2.</source>
        <translation>Learning outcomes achieved: %1 of %2.</translation>
    </message>
    <message>
        <source>Certificate: you have passed every required assessment. Your training centre issues the certificate.</source>
        <translation>Certificate: you have passed every required assessment. Your training centre issues the certificate.</translation>
    </message>
    <message>
        <source>Certificate: pass %1 to receive it.</source>
        <translation>Certificate: pass %1 to receive it.</translation>
    </message>
    <message numerus="yes">
        <source>This exam has a time limit of %n minute(s). The clock starts now and keeps running if you leave the exam or close the program.</source>
        <translation>
            <numerusform>This exam has a time limit of %n minute. The clock starts now and keeps running if you leave the exam or close the program.</numerusform>
            <numerusform>This exam has a time limit of %n minutes. The clock starts now and keeps running if you leave the exam or close the program.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is attempt %1 of %2.</source>
        <translation>This is attempt %1 of %2.</translation>
    </message>
    <message>
        <source>Start now?</source>
        <translation>Start now?</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>&amp;Read the lesson</source>
        <translation>&amp;Read the lesson</translation>
    </message>
    <message>
        <source>Quizzes and exams</source>
        <translation>Quizzes and exams</translation>
    </message>
    <message>
        <source>Le&amp;arning outcomes</source>
        <translation>Le&amp;arning outcomes</translation>
    </message>
    <message>
        <source>What you can do: each learning outcome of the module and how far you achieved it</source>
        <translation>What you can do: each learning outcome of the module and how far you achieved it</translation>
    </message>
    <message>
        <source>My &amp;certificates</source>
        <translation>My &amp;certificates</translation>
    </message>
</context>
<context>
    <name>ModulesScreen</name>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Choose the module&apos;s folder (it holds module.yaml)</source>
        <translation>Choose the module&apos;s folder (it holds module.yaml)</translation>
    </message>
    <message>
        <source>Choose the module&apos;s zip file</source>
        <translation>Choose the module&apos;s zip file</translation>
    </message>
    <message>
        <source>Module archives (*.zip)</source>
        <translation>Module archives (*.zip)</translation>
    </message>
    <message>
        <source>Checking and installing %1…</source>
        <translation>Checking and installing %1…</translation>
    </message>
    <message>
        <source>Module %1, version %2, is installed.</source>
        <translation>Module %1, version %2, is installed.</translation>
    </message>
    <message>
        <source>Module %1 is updated to version %2 (it was %3).</source>
        <translation>Module %1 is updated to version %2 (it was %3).</translation>
    </message>
    <message>
        <source>Module %1, version %2, was installed already; nothing changed.</source>
        <translation>Module %1, version %2, was installed already; nothing changed.</translation>
    </message>
    <message>
        <source>Module %1 is replaced by the older version %2 (it was %3).</source>
        <translation>Module %1 is replaced by the older version %2 (it was %3).</translation>
    </message>
    <message>
        <source>Module %1, version %2, was replaced.</source>
        <translation>Module %1, version %2, was replaced.</translation>
    </message>
    <message>
        <source>Warnings (listed below): %1.</source>
        <translation>Warnings (listed below): %1.</translation>
    </message>
    <message numerus="yes">
        <source>The module was refused: %n problem(s) found. Nothing was stored. Fix every problem listed below and install again.</source>
        <translation>
            <numerusform>The module was refused: %n problem found. Nothing was stored. Fix every problem listed below and install again.</numerusform>
            <numerusform>The module was refused: %n problems found. Nothing was stored. Fix every problem listed below and install again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copy the list</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copied to the clipboard</translation>
    </message>
    <message>
        <source>Course modules</source>
        <translation>Course modules</translation>
    </message>
    <message>
        <source>Install a module, or a newer version of one, from its folder or from a zip file. The module is checked first: when a problem is found nothing is stored, and every problem is listed below.</source>
        <translation>Install a module, or a newer version of one, from its folder or from a zip file. The module is checked first: when a problem is found nothing is stored, and every problem is listed below.</translation>
    </message>
    <message>
        <source>&amp;Installed modules:</source>
        <translation>&amp;Installed modules:</translation>
    </message>
    <message>
        <source>Installed modules</source>
        <translation>Installed modules</translation>
    </message>
    <message>
        <source>Install from &amp;folder…</source>
        <translation>Install from &amp;folder…</translation>
    </message>
    <message>
        <source>Install from &amp;zip file…</source>
        <translation>Install from &amp;zip file…</translation>
    </message>
    <message>
        <source>Allow an old&amp;er version to replace a newer one</source>
        <translation>Allow an old&amp;er version to replace a newer one</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installing</translation>
    </message>
    <message>
        <source>&amp;Problems and warnings:</source>
        <translation>&amp;Problems and warnings:</translation>
    </message>
    <message>
        <source>Problems and warnings found in the module</source>
        <translation>Problems and warnings found in the module</translation>
    </message>
    <message>
        <source>Copy every problem as text, to send to the module&apos;s author</source>
        <translation>Copy every problem as text, to send to the module&apos;s author</translation>
    </message>
</context>
<context>
    <name>ModulesTableModel</name>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
</context>
<context>
    <name>MyCertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>My certificates</translation>
    </message>
</context>
<context>
    <name>NewCohortDialog</name>
    <message>
        <source>(me)</source>
        <translation>(me)</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>(the centre&apos;s default)</source>
        <translation>(the centre&apos;s default)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Give a username and the full name.</source>
        <translation>Give a username and the full name.</translation>
    </message>
</context>
<context>
    <name>Numeric</name>
    <message>
        <source>for example 3,5</source>
        <translation>for example 3,5</translation>
    </message>
    <message>
        <source>A number; a decimal comma or point are both fine.</source>
        <translation>A number; a decimal comma or point are both fine.</translation>
    </message>
</context>
<context>
    <name>Ordering</name>
    <message>
        <source>Items to put in order</source>
        <translation>Items to put in order</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Keep this order</source>
        <translation>&amp;Keep this order</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Answer with the order shown</source>
        <translation>Answer with the order shown</translation>
    </message>
</context>
<context>
    <name>OutcomeProfile</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Learning outcomes</translation>
    </message>
    <message>
        <source>This module states no learning outcomes.</source>
        <translation>This module states no learning outcomes.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>OutcomeProfileModel</name>
    <message>
        <source>Learning outcome</source>
        <translation>Learning outcome</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Fundamental rights</source>
        <translation>Fundamental rights</translation>
    </message>
    <message>
        <source>Achieved share</source>
        <translation>Achieved share</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Waiting for grading</source>
        <translation>Waiting for grading</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 of %2 points</translation>
    </message>
</context>
<context>
    <name>OutcomeProfileScreen</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Learning outcomes</translation>
    </message>
    <message>
        <source>For each learning outcome: the share of the points you achieved on the questions and checklist items that assess it, counting your latest attempt at each assessment. An outcome is achieved from %1.</source>
        <translation>For each learning outcome: the share of the points you achieved on the questions and checklist items that assess it, counting your latest attempt at each assessment. An outcome is achieved from %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For each learning outcome: the share of the points the trainee achieved on the questions and checklist items that assess it, counting the latest attempt at each assessment. An outcome is achieved from %1.</source>
        <translation>For each learning outcome: the share of the points the trainee achieved on the questions and checklist items that assess it, counting the latest attempt at each assessment. An outcome is achieved from %1.</translation>
    </message>
    <message>
        <source>%1 Fundamental rights: assessed in every practical test. Level: the qualification level of the outcome (1 to 8, EQF/SQF scale). The bar&apos;s mark shows %2.</source>
        <translation>%1 Fundamental rights: assessed in every practical test. Level: the qualification level of the outcome (1 to 8, EQF/SQF scale). The bar&apos;s mark shows %2.</translation>
    </message>
    <message>
        <source>Outcomes achieved: %1 of %2.</source>
        <translation>Outcomes achieved: %1 of %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) still wait for grading.</source>
        <translation>
            <numerusform>%n answer still wait for grading.</numerusform>
            <numerusform>%n answers still wait for grading.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordCheck</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n characters.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>The password must not begin or end with a space.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>A new password for %1 (%2). It also unlocks the account.</source>
        <translation>A new password for %1 (%2). It also unlocks the account.</translation>
    </message>
</context>
<context>
    <name>PlaceholderHome</name>
    <message>
        <source>Welcome, %1. The screens for your role are not available in this version.</source>
        <translation>Welcome, %1. The screens for your role are not available in this version.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>PracticalTest</name>
    <message>
        <source>Observe the trainee in a simulated situation, then mark each checklist item met or not met, with a note where it helps. A critical item not met fails the test, whatever the percent.</source>
        <translation>Observe the trainee in a simulated situation, then mark each checklist item met or not met, with a note where it helps. A critical item not met fails the test, whatever the percent.</translation>
    </message>
    <message>
        <source>&amp;Trainee:</source>
        <translation>&amp;Trainee:</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Practical t&amp;est:</source>
        <translation>Practical t&amp;est:</translation>
    </message>
    <message>
        <source>Practical test</source>
        <translation>Practical test</translation>
    </message>
    <message>
        <source>Outcome &amp;profile…</source>
        <translation>Outcome &amp;profile…</translation>
    </message>
    <message>
        <source>The learning outcomes of the chosen trainee in the chosen module</source>
        <translation>The learning outcomes of the chosen trainee in the chosen module</translation>
    </message>
    <message>
        <source>&amp;Clear the marks</source>
        <translation>&amp;Clear the marks</translation>
    </message>
    <message>
        <source>&amp;Submit the result…</source>
        <translation>&amp;Submit the result…</translation>
    </message>
    <message>
        <source>Enabled once every checklist item is marked met or not met</source>
        <translation>Enabled once every checklist item is marked met or not met</translation>
    </message>
</context>
<context>
    <name>PracticalTestScreen</name>
    <message>
        <source>Practical test</source>
        <translation>Practical test</translation>
    </message>
    <message>
        <source>There is no trainee to observe: practical tests are recorded for the trainees of your cohorts.</source>
        <translation>There is no trainee to observe: practical tests are recorded for the trainees of your cohorts.</translation>
    </message>
    <message>
        <source>No installed module has a practical test.</source>
        <translation>No installed module has a practical test.</translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>Pass mark %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points in all</source>
        <translation>%1 points in all</translation>
    </message>
    <message>
        <source>Marked: %1 of %2 · met: %3</source>
        <translation>Marked: %1 of %2 · met: %3</translation>
    </message>
    <message>
        <source>Record “%1” for %2 (%3)?</source>
        <translation>Record “%1” for %2 (%3)?</translation>
    </message>
    <message>
        <source>Items met: %1 of %2.</source>
        <translation>Items met: %1 of %2.</translation>
    </message>
    <message>
        <source>Critical items not met: %1.</source>
        <translation>Critical items not met: %1.</translation>
    </message>
    <message>
        <source>The result is saved as a submitted attempt of the trainee; it cannot be changed afterwards.</source>
        <translation>The result is saved as a submitted attempt of the trainee; it cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>Record the practical test?</source>
        <translation>Record the practical test?</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Not yet</translation>
    </message>
    <message>
        <source>Recorded for %1: %2, passed.</source>
        <translation>Recorded for %1: %2, passed.</translation>
    </message>
    <message>
        <source>Recorded for %1: %2, not passed.</source>
        <translation>Recorded for %1: %2, not passed.</translation>
    </message>
</context>
<context>
    <name>PrintPapersDialog</name>
    <message>
        <source>&amp;Print to files</source>
        <translation>&amp;Print to files</translation>
    </message>
    <message>
        <source>Folder for the exam papers</source>
        <translation>Folder for the exam papers</translation>
    </message>
    <message>
        <source>Choose a module and one of its exams or quizzes.</source>
        <translation>Choose a module and one of its exams or quizzes.</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation>Choose the folder for the PDF files.</translation>
    </message>
</context>
<context>
    <name>ProblemsTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ProgressAttempts</name>
    <message>
        <source>A&amp;ttempts:</source>
        <translation>A&amp;ttempts:</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>No attempts yet in this module.</source>
        <translation>No attempts yet in this module.</translation>
    </message>
    <message>
        <source>Re&amp;view of the selected attempt:</source>
        <translation>Re&amp;view of the selected attempt:</translation>
    </message>
    <message>
        <source>Review of the selected attempt</source>
        <translation>Review of the selected attempt</translation>
    </message>
    <message>
        <source>Instructor actions</source>
        <translation>Instructor actions</translation>
    </message>
    <message>
        <source>E&amp;xtra time (minutes):</source>
        <translation>E&amp;xtra time (minutes):</translation>
    </message>
    <message>
        <source>&amp;Extend time of the selected attempt</source>
        <translation>&amp;Extend time of the selected attempt</translation>
    </message>
    <message>
        <source>Only for a timed attempt still in progress</source>
        <translation>Only for a timed attempt still in progress</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>Assess&amp;ment:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>for example: power cut during the exam</source>
        <translation>for example: power cut during the exam</translation>
    </message>
    <message>
        <source>&amp;Grant another attempt</source>
        <translation>&amp;Grant another attempt</translation>
    </message>
    <message>
        <source>Outcome &amp;profile…</source>
        <translation>Outcome &amp;profile…</translation>
    </message>
    <message>
        <source>The trainee&apos;s learning outcomes in this module</source>
        <translation>The trainee&apos;s learning outcomes in this module</translation>
    </message>
    <message>
        <source>&amp;Record a practical test…</source>
        <translation>&amp;Record a practical test…</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>Trainee</source>
        <extracomment>the status of a module cell, one of the constants below name and username together, for the name filter background colours: passed green, review amber, in progress light blue, not started grey, overdue red; every cell also says its status in words and with a symbol.</extracomment>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Review pending</source>
        <translation>Review pending</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Lessons opened: %1 of %2</source>
        <translation>Lessons opened: %1 of %2</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Attempts: %1</translation>
    </message>
    <message>
        <source>Best result: %1</source>
        <translation>Best result: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the attempts.</source>
        <translation>Double-click or press Enter for the attempts.</translation>
    </message>
</context>
<context>
    <name>QuestionNavigator</name>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>flagged for review</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>shown now</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
</context>
<context>
    <name>QuizPlayer</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Choose one answer.</translation>
    </message>
    <message>
        <source>Choose every answer that applies.</source>
        <translation>Choose every answer that applies.</translation>
    </message>
    <message>
        <source>Is this statement true or false?</source>
        <translation>Is this statement true or false?</translation>
    </message>
    <message>
        <source>Type a short answer.</source>
        <translation>Type a short answer.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Type a number.</translation>
    </message>
    <message>
        <source>For each item on the left, choose the matching text. Some texts match nothing.</source>
        <translation>For each item on the left, choose the matching text. Some texts match nothing.</translation>
    </message>
    <message>
        <source>Put the items in the right order: select one and move it with Alt+Up and Alt+Down, with the buttons, or by dragging.</source>
        <translation>Put the items in the right order: select one and move it with Alt+Up and Alt+Down, with the buttons, or by dragging.</translation>
    </message>
    <message>
        <source>Write your answer in your own words. An instructor marks it.</source>
        <translation>Write your answer in your own words. An instructor marks it.</translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation>Answered: %1 of %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Saved. An instructor marks this answer.</source>
        <translation>Saved. An instructor marks this answer.</translation>
    </message>
    <message>
        <source>✓ Correct.</source>
        <translation>✓ Correct.</translation>
    </message>
    <message>
        <source>✗ Not correct yet.</source>
        <translation>✗ Not correct yet.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Not answered: %1.</source>
        <translation>Not answered: %1.</translation>
    </message>
    <message>
        <source>Flagged for review: %1.</source>
        <translation>Flagged for review: %1.</translation>
    </message>
    <message>
        <source>After submitting you cannot change your answers.</source>
        <translation>After submitting you cannot change your answers.</translation>
    </message>
    <message>
        <source>Submit your answers?</source>
        <translation>Submit your answers?</translation>
    </message>
    <message>
        <source>Submit your answers now?</source>
        <translation>Submit your answers now?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are not answered. Submit anyway?</source>
        <translation>
            <numerusform>%n question are not answered. Submit anyway?</numerusform>
            <numerusform>%n questions are not answered. Submit anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Keep working</translation>
    </message>
    <message>
        <source>Time is up: your answers were submitted.</source>
        <translation>Time is up: your answers were submitted.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Filled: answered. ⚑: flagged for review.</source>
        <translation>Filled: answered. ⚑: flagged for review.</translation>
    </message>
    <message>
        <source>⚑ &amp;Flag for review</source>
        <translation>⚑ &amp;Flag for review</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <source>Previous question (Ctrl+Page Up)</source>
        <translation>Previous question (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Page Down)</source>
        <translation>Next question (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Submit…</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Result</source>
        <extracomment>the longest assessment title shown in full in the top bar (the page shows it whole)</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Waiting for review: an instructor marks your written answers, then your final result is shown here.</source>
        <translation>Waiting for review: an instructor marks your written answers, then your final result is shown here.</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Passed</translation>
    </message>
    <message>
        <source>Not passed this time: a critical item of the checklist was not met.</source>
        <translation>Not passed this time: a critical item of the checklist was not met.</translation>
    </message>
    <message>
        <source>Not passed this time</source>
        <translation>Not passed this time</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points</source>
        <translation>Score: %1 of %2 points</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>pass mark %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>submitted %1</translation>
    </message>
    <message>
        <source>The checklist your instructor observed</source>
        <translation>The checklist your instructor observed</translation>
    </message>
    <message>
        <source>The answers of this assessment are not shown: your training centre keeps them confidential.</source>
        <translation>The answers of this assessment are not shown: your training centre keeps them confidential.</translation>
    </message>
    <message>
        <source>Review of your answers</source>
        <translation>Review of your answers</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>Back to the &amp;module</source>
        <translation>Back to the &amp;module</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The centre name must not be empty.</source>
        <translation>The centre name must not be empty.</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>The settings are saved.</translation>
    </message>
    <message>
        <source>This training centre</source>
        <translation>This training centre</translation>
    </message>
    <message>
        <source>&amp;Centre name:</source>
        <translation>&amp;Centre name:</translation>
    </message>
    <message>
        <source>Shown on certificates and the login screen</source>
        <translation>Shown on certificates and the login screen</translation>
    </message>
    <message>
        <source>&amp;Default language:</source>
        <translation>&amp;Default language:</translation>
    </message>
    <message>
        <source>The language the program starts in</source>
        <translation>The language the program starts in</translation>
    </message>
    <message>
        <source>Log out after &amp;inactivity:</source>
        <translation>Log out after &amp;inactivity:</translation>
    </message>
    <message>
        <source>Minutes of inactivity before logging out</source>
        <translation>Minutes of inactivity before logging out</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Text size in percent</translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black)</source>
        <translation>&amp;High contrast (white on black)</translation>
    </message>
    <message>
        <source>Accept only si&amp;gned modules</source>
        <translation>Accept only si&amp;gned modules</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>MOBILAZE Training</source>
        <extracomment>Emitted after a screen became the current one (tests and the screenshot tool wait on it). Emitted after the interface language changed and the screen was rebuilt. A message for the login screen (e.g. why the session ended); cleared at login. The username typed on the login screen, kept when a language switch rebuilds it.</extracomment>
        <translation>MOBILAZE Training</translation>
    </message>
    <message numerus="yes">
        <source>You were logged out after %n minute(s) without activity. Your answers are saved.</source>
        <translation>
            <numerusform>You were logged out after %n minute without activity. Your answers are saved.</numerusform>
            <numerusform>You were logged out after %n minutes without activity. Your answers are saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Back to the previous screen (Alt+Left)</source>
        <translation>Back to the previous screen (Alt+Left)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>ShortAnswer</name>
    <message>
        <source>Your &amp;answer:</source>
        <translation>Your &amp;answer:</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The distribution bundle is saved: %1 (%2).</source>
        <translation>The distribution bundle is saved: %1 (%2).</translation>
    </message>
    <message>
        <source>The results bundle is saved: %1 (%2).</source>
        <translation>The results bundle is saved: %1 (%2).</translation>
    </message>
    <message>
        <source>It holds all results of this computer.</source>
        <translation>It holds all results of this computer.</translation>
    </message>
    <message>
        <source>It holds what is new since the export of %1.</source>
        <translation>It holds what is new since the export of %1.</translation>
    </message>
    <message>
        <source>Nothing is new: headquarters has nothing to merge.</source>
        <translation>Nothing is new: headquarters has nothing to merge.</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s key %1.</source>
        <translation>Signed with this computer&apos;s key %1.</translation>
    </message>
    <message>
        <source>This bundle was imported before (made on %1 by computer %2). Nothing changed.</source>
        <translation>This bundle was imported before (made on %1 by computer %2). Nothing changed.</translation>
    </message>
    <message>
        <source>The distribution bundle made on %1 by computer %2 is merged.</source>
        <translation>The distribution bundle made on %1 by computer %2 is merged.</translation>
    </message>
    <message>
        <source>The results bundle made on %1 by computer %2 is merged.</source>
        <translation>The results bundle made on %1 by computer %2 is merged.</translation>
    </message>
    <message numerus="yes">
        <source>%n new audit entry(ies) of that computer.</source>
        <translation>
            <numerusform>%n new audit entry(ies) of that computer.</numerusform>
            <numerusform>%n new audit entry(ies) of that computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both sides had changed a record; the version not kept is in the audit log.</source>
        <translation>
            <numerusform>%n conflict: both sides had changed a record; the version not kept is in the audit log.</numerusform>
            <numerusform>%n conflicts: both sides had changed a record; the version not kept is in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Module %1 %2: installed.</source>
        <translation>Module %1 %2: installed.</translation>
    </message>
    <message>
        <source>Module %1 %2: updated from version %3.</source>
        <translation>Module %1 %2: updated from version %3.</translation>
    </message>
    <message>
        <source>Module %1 %2: stored (a newer version stays current).</source>
        <translation>Module %1 %2: stored (a newer version stays current).</translation>
    </message>
    <message>
        <source>Module %1 %2: already installed, unchanged.</source>
        <translation>Module %1 %2: already installed, unchanged.</translation>
    </message>
    <message>
        <source>Signed by publisher key %1.</source>
        <translation>Signed by publisher key %1.</translation>
    </message>
</context>
<context>
    <name>SyncExchange</name>
    <message>
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>A post sends its results to headquarters in a results bundle; headquarters sends each post its cohorts, accounts and modules in a distribution bundle. Bundles are signed files that travel on a USB stick.</source>
        <translation>A post sends its results to headquarters in a results bundle; headquarters sends each post its cohorts, accounts and modules in a distribution bundle. Bundles are signed files that travel on a USB stick.</translation>
    </message>
    <message>
        <source>Folder for &amp;bundles:</source>
        <translation>Folder for &amp;bundles:</translation>
    </message>
    <message>
        <source>Folder for bundles</source>
        <translation>Folder for bundles</translation>
    </message>
    <message>
        <source>For example the USB stick</source>
        <translation>For example the USB stick</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the folder where bundles are written, for example a USB stick</source>
        <translation>Choose the folder where bundles are written, for example a USB stick</translation>
    </message>
    <message>
        <source>Send results to headquarters</source>
        <translation>Send results to headquarters</translation>
    </message>
    <message>
        <source>Writes the accounts, attempts, answers, certificates and audit entries that are new since this computer&apos;s last export.</source>
        <translation>Writes the accounts, attempts, answers, certificates and audit entries that are new since this computer&apos;s last export.</translation>
    </message>
    <message>
        <source>Ever&amp;ything, not only what is new</source>
        <translation>Ever&amp;ything, not only what is new</translation>
    </message>
    <message>
        <source>Write all results of this computer again, for example when a bundle was lost</source>
        <translation>Write all results of this computer again, for example when a bundle was lost</translation>
    </message>
    <message>
        <source>&amp;Export results bundle</source>
        <translation>&amp;Export results bundle</translation>
    </message>
    <message>
        <source>Prepare a distribution bundle for a post</source>
        <translation>Prepare a distribution bundle for a post</translation>
    </message>
    <message>
        <source>&amp;Cohorts for the post (with their trainees, instructors and the current versions of their modules):</source>
        <translation>&amp;Cohorts for the post (with their trainees, instructors and the current versions of their modules):</translation>
    </message>
    <message>
        <source>Cohorts for the post</source>
        <translation>Cohorts for the post</translation>
    </message>
    <message>
        <source>Export &amp;distribution bundle</source>
        <translation>Export &amp;distribution bundle</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>A results bundle from a post, or a distribution bundle from headquarters. The key of the computer that made it must be registered under Keys.</source>
        <translation>A results bundle from a post, or a distribution bundle from headquarters. The key of the computer that made it must be registered under Keys.</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Import a bundle…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Keys…</translation>
    </message>
    <message>
        <source>This computer&apos;s key and the keys it trusts</source>
        <translation>This computer&apos;s key and the keys it trusts</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>The summary of the last export or import appears here.</source>
        <translation>The summary of the last export or import appears here.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Records per kind of data</source>
        <translation>Records per kind of data</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>Module versions</source>
        <translation>Module versions</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Media files</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>Module assignments</source>
        <translation>Module assignments</translation>
    </message>
</context>
<context>
    <name>TraineeChoiceModel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
</context>
<context>
    <name>TraineeHome</name>
    <message>
        <source>No modules are assigned to you yet. Ask your instructor to add you to a group.</source>
        <translation>No modules are assigned to you yet. Ask your instructor to add you to a group.</translation>
    </message>
    <message>
        <source>My modules</source>
        <translation>My modules</translation>
    </message>
    <message>
        <source>The modules your instructor assigned to you. Open a module to read its lessons and take its quizzes and exams.</source>
        <translation>The modules your instructor assigned to you. Open a module to read its lessons and take its quizzes and exams.</translation>
    </message>
    <message>
        <source>My &amp;certificates</source>
        <translation>My &amp;certificates</translation>
    </message>
    <message>
        <source>Your certificates: save them as PDF files or print them</source>
        <translation>Your certificates: save them as PDF files or print them</translation>
    </message>
</context>
<context>
    <name>TrueFalse</name>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
</context>
<context>
    <name>TrustedKeysModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Computer id</source>
        <translation>Computer id</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Bundles signed with this key are accepted from that computer.</source>
        <translation>Bundles signed with this key are accepted from that computer.</translation>
    </message>
    <message>
        <source>Modules signed with this key are trusted.</source>
        <translation>Modules signed with this key are trusted.</translation>
    </message>
</context>
<context>
    <name>UsersNewDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>letters a-z, digits, dots: aliyev.hasan</source>
        <translation>letters a-z, digits, dots: aliyev.hasan</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>as it should appear on certificates</source>
        <translation>as it should appear on certificates</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
</context>
<context>
    <name>UsersPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>The account %1 was created.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <source>%1 can no longer log in (deactivated).</source>
        <translation>%1 can no longer log in (deactivated).</translation>
    </message>
    <message>
        <source>%1 can log in again (reactivated).</source>
        <translation>%1 can log in again (reactivated).</translation>
    </message>
    <message>
        <source>%1 is unlocked and can log in again.</source>
        <translation>%1 is unlocked and can log in again.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>Users and accounts</source>
        <translation>Users and accounts</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation>Name or username</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Allow logging in again at once after too many failed attempts</source>
        <translation>Allow logging in again at once after too many failed attempts</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Appl&amp;y role</source>
        <translation>Appl&amp;y role</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No — deactivated</source>
        <translation>No — deactivated</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Check a certificate</source>
        <extracomment>Who checks a certificate before anyone has logged in: verification is the one thing anyone may do (it reads nothing personal and writes nothing). the headline shown, as plain text</extracomment>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>Paste a certificate code first, or choose a PDF file.</source>
        <translation>Paste a certificate code first, or choose a PDF file.</translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>Choose a certificate</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Chec&amp;k the code</source>
        <translation>Chec&amp;k the code</translation>
    </message>
    <message>
        <source>The certificate claims:</source>
        <translation>The certificate claims:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serial number:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>Cannot check</translation>
    </message>
    <message>
        <source>Save the public key as</source>
        <translation>Save the public key as</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Public keys (*.pub)</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>The key could not be saved: %1</translation>
    </message>
    <message>
        <source>The public key is saved: %1. Give this file to the other centre.</source>
        <translation>The public key is saved: %1. Give this file to the other centre.</translation>
    </message>
    <message>
        <source>Choose the other centre&apos;s public key</source>
        <translation>Choose the other centre&apos;s public key</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem *.txt);;All files (*)</source>
        <translation>Public keys (*.pub *.pem *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>This file is too large to be a public key.</source>
        <translation>This file is too large to be a public key.</translation>
    </message>
    <message>
        <source>This file cannot be read as a public key.</source>
        <translation>This file cannot be read as a public key.</translation>
    </message>
    <message>
        <source>The key was not imported: %1</source>
        <translation>The key was not imported: %1</translation>
    </message>
    <message>
        <source>The key %1 is trusted now: certificates it signed are checked here.</source>
        <translation>The key %1 is trusted now: certificates it signed are checked here.</translation>
    </message>
    <message>
        <source>Paste the code printed on the certificate (beside its QR code), or choose the certificate&apos;s PDF file. The check needs no internet connection.</source>
        <translation>Paste the code printed on the certificate (beside its QR code), or choose the certificate&apos;s PDF file. The check needs no internet connection.</translation>
    </message>
    <message>
        <source>Certificate &amp;code:</source>
        <translation>Certificate &amp;code:</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Certificate code</translation>
    </message>
    <message>
        <source>MT1.… (the whole code, line breaks do not matter)</source>
        <translation>MT1.… (the whole code, line breaks do not matter)</translation>
    </message>
    <message>
        <source>Check the pasted code (Ctrl+Enter)</source>
        <translation>Check the pasted code (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check a &amp;PDF file…</source>
        <translation>Check a &amp;PDF file…</translation>
    </message>
    <message>
        <source>Signing keys (administrators)</source>
        <translation>Signing keys (administrators)</translation>
    </message>
    <message>
        <source>Another training centre can check this centre&apos;s certificates once it trusts this centre&apos;s public key; import the key file of another centre to check its certificates here.</source>
        <translation>Another training centre can check this centre&apos;s certificates once it trusts this centre&apos;s public key; import the key file of another centre to check its certificates here.</translation>
    </message>
    <message>
        <source>&amp;Export this centre&apos;s public key…</source>
        <translation>&amp;Export this centre&apos;s public key…</translation>
    </message>
    <message>
        <source>&amp;Trust another centre&apos;s key…</source>
        <translation>&amp;Trust another centre&apos;s key…</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>The bundle was refused; nothing was imported.</source>
        <translation>The bundle was refused; nothing was imported.</translation>
    </message>
</context>
</TS>
