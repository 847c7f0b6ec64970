<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name></name>
    <message>
        <source>True</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Yanlış</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation>Cavablandırılıb: %1 / %2</translation>
    </message>
    <message>
        <source>Time left: %1. The clock keeps running until you submit.</source>
        <translation>Qalan vaxt: %1. Təqdim edənə qədər vaxt işləməyə davam edir.</translation>
    </message>
    <message>
        <source>You have %n unfinished attempt(s); the others are on their module pages.</source>
        <translation>Tamamlanmamış cəhdlərinizin sayı: %n; digərləri öz modullarının səhifələrindədir.</translation>
    </message>
    <message>
        <source>Unfinished attempt</source>
        <translation>Tamamlanmamış cəhd</translation>
    </message>
    <message>
        <source>You have an unfinished attempt. Continue it now?</source>
        <translation>Tamamlanmamış cəhdiniz var. İndi davam etdirilsin?</translation>
    </message>
    <message>
        <source>&amp;Resume now</source>
        <translation>İndi &amp;davam et</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Sonra</translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>hələ qiymətləndirilməyib</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>düzgün</translation>
    </message>
    <message>
        <source>partly correct</source>
        <translation>qismən düzgün</translation>
    </message>
    <message>
        <source>not correct</source>
        <translation>düzgün deyil</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%2 baldan %1</translation>
    </message>
    <message>
        <source>%n point(s)</source>
        <translation>%n bal</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Sual %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Sizin cavabınız</translation>
    </message>
    <message>
        <source>Instructor&apos;s comment</source>
        <translation>Təlimçinin şərhi</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Düzgün cavab</translation>
    </message>
    <message>
        <source>met</source>
        <translation>yerinə yetirildi</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>yerinə yetirilmədi</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>kritik bənd</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Bənd %1</translation>
    </message>
    <message>
        <source>Instructor&apos;s note</source>
        <translation>Təlimçinin qeydi</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>cavab yoxdur</translation>
    </message>
</context>
<context>
    <name>AdminBackup</name>
    <message>
        <source>Backup and restore</source>
        <translation>Ehtiyat nüsxə və bərpa</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Ehtiyat nüsxə yarat</translation>
    </message>
    <message>
        <source>Saves the whole database (accounts, results, certificates, modules), the settings and the centre&apos;s keys in one zip file. Keep copies on a USB stick or another computer.</source>
        <translation>Bütün verilənlər bazasını (hesablar, nəticələr, sertifikatlar, modullar), parametrləri və mərkəzin açarlarını bir zip faylında saxlayır. Nüsxələri USB yaddaş qurğusunda və ya başqa kompüterdə saxlayın.</translation>
    </message>
    <message>
        <source>&amp;Make a backup…</source>
        <translation>Ehtiyat nüsxə &amp;yarat…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ehtiyat nüsxəni bərpa et</translation>
    </message>
    <message>
        <source>Replaces ALL current data with the data in the backup. The current database is saved first in the backups folder. The program then reopens the database, and everyone logs in again.</source>
        <translation>BÜTÜN cari məlumatları ehtiyat nüsxədəki məlumatlarla əvəz edir. Cari verilənlər bazası əvvəlcə ehtiyat nüsxələr qovluğunda saxlanılır. Sonra proqram verilənlər bazasını yenidən açır və hamı yenidən daxil olur.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Ehtiyat nüsxədən &amp;bərpa et…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
</context>
<context>
    <name>AdminHome</name>
    <message>
        <source>Administration</source>
        <translation>İdarəetmə</translation>
    </message>
    <message>
        <source>%1 account(s), %2 locked; %3 module(s) installed; %4 essay(s) to grade.</source>
        <translation>%1 hesab, %2 bloklanmış; %3 modul quraşdırılıb; qiymətləndirilməli %4 esse.</translation>
    </message>
    <message>
        <source>&amp;Users and accounts</source>
        <translation>&amp;İstifadəçilər və hesablar</translation>
    </message>
    <message>
        <source>Create accounts, set roles, reset passwords, deactivate and unlock accounts.</source>
        <translation>Hesablar yaradın, rollar təyin edin, parolları sıfırlayın, hesabları deaktiv edin və blokdan çıxarın.</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Modullar</translation>
    </message>
    <message>
        <source>Install or update course modules from a folder or a zip file; see every problem found.</source>
        <translation>Kurs modullarını qovluqdan və ya zip faylından quraşdırın və ya yeniləyin; aşkar edilən bütün problemlərə baxın.</translation>
    </message>
    <message>
        <source>&amp;Cohorts and progress</source>
        <translation>&amp;Qruplar və irəliləyiş</translation>
    </message>
    <message>
        <source>Cohorts, enrolment, due dates and the progress grid of every cohort.</source>
        <translation>Qruplar, qeydiyyat, son tarixlər və hər qrupun irəliləyiş cədvəli.</translation>
    </message>
    <message>
        <source>Essay &amp;grading</source>
        <translation>Esse&amp;lərin qiymətləndirilməsi</translation>
    </message>
    <message>
        <source>Grade the essays that wait for review.</source>
        <translation>Yoxlanılmağı gözləyən esseləri qiymətləndirin.</translation>
    </message>
    <message>
        <source>&amp;Backup and restore</source>
        <translation>&amp;Ehtiyat nüsxə və bərpa</translation>
    </message>
    <message>
        <source>Save the whole database to a file, or restore a saved backup.</source>
        <translation>Bütün verilənlər bazasını fayla saxlayın və ya saxlanılmış ehtiyat nüsxəni bərpa edin.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Parametrlər</translation>
    </message>
    <message>
        <source>Centre name, default language, session timeout, high contrast and text size.</source>
        <translation>Mərkəzin adı, standart dil, sessiyanın vaxt limiti, yüksək kontrast və mətn ölçüsü.</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>&amp;Sertifikatlar</translation>
    </message>
    <message>
        <source>Issue and revoke certificates, check one, manage the signing keys; print exam papers and cohort reports.</source>
        <translation>Sertifikatlar verin və ləğv edin, sertifikatı yoxlayın, imza açarlarını idarə edin; imtahan vərəqlərini və qrup hesabatlarını çap edin.</translation>
    </message>
    <message>
        <source>Import &amp;questions</source>
        <translation>S&amp;ualların idxalı</translation>
    </message>
    <message>
        <source>Convert GIFT, Moodle XML, Aiken or QTI questions into a question bank for a module.</source>
        <translation>GIFT, Moodle XML, Aiken və ya QTI suallarını modul üçün sual bankına çevirin.</translation>
    </message>
    <message>
        <source>E&amp;xport results</source>
        <translation>Nəticələrin i&amp;xracı</translation>
    </message>
    <message>
        <source>Results as CSV for Excel, an Excel workbook or xAPI statements.</source>
        <translation>Nəticələr Excel üçün CSV, Excel iş kitabı və ya xAPI ifadələri şəklində.</translation>
    </message>
    <message>
        <source>&amp;Item analysis</source>
        <translation>Sualların &amp;təhlili</translation>
    </message>
    <message>
        <source>How each question of an exam worked, and which ones to review.</source>
        <translation>İmtahanın hər sualının necə işlədiyi və hansılarının yoxlanmalı olduğu.</translation>
    </message>
    <message>
        <source>&amp;Data exchange</source>
        <translation>Məlumat mü&amp;badiləsi</translation>
    </message>
    <message>
        <source>Results bundles from posts to headquarters, distribution bundles for posts, on a USB stick.</source>
        <translation>Məntəqələrdən mərkəzi ofisə nəticə paketləri, məntəqələr üçün paylama paketləri — USB yaddaş qurğusunda.</translation>
    </message>
    <message>
        <source>&amp;Keys and trust</source>
        <translation>&amp;Açarlar və etibar</translation>
    </message>
    <message>
        <source>This computer&apos;s key, the computers and module publishers it trusts.</source>
        <translation>Bu kompüterin açarı, onun etibar etdiyi kompüterlər və modul naşirləri.</translation>
    </message>
    <message>
        <source>Pr&amp;actical tests</source>
        <translation>Pra&amp;ktiki testlər</translation>
    </message>
    <message>
        <source>Record a practical test observed in a simulated situation; see a trainee&apos;s learning outcomes.</source>
        <translation>Simulyasiya edilmiş vəziyyətdə müşahidə olunan praktiki testi qeydə alın; dinləyicinin təlim nəticələrinə baxın.</translation>
    </message>
</context>
<context>
    <name>AssessmentRow</name>
    <message>
        <source>Last result</source>
        <translation>Son nəticə</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>İmtahan</translation>
    </message>
    <message>
        <source>Practice quiz</source>
        <translation>Məşq testi</translation>
    </message>
    <message>
        <source>Practical test, observed by your instructor</source>
        <translation>Praktiki test, təlimçiniz tərəfindən müşahidə olunur</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n sual</numerusform>
            <numerusform>%n sual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n dəqiqə</numerusform>
            <numerusform>%n dəqiqə</numerusform>
        </translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>vaxt məhdudiyyəti yoxdur</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>keçid balı %1</translation>
    </message>
    <message>
        <source>Attempts used: %1 (no limit)</source>
        <translation>İstifadə edilmiş cəhdlər: %1 (limitsiz)</translation>
    </message>
    <message>
        <source>Attempts left: %1 of %2</source>
        <translation>Qalan cəhdlər: %1 / %2</translation>
    </message>
    <message>
        <source>best result: %1</source>
        <translation>ən yaxşı nəticə: %1</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ keçdi</translation>
    </message>
    <message>
        <source>waiting for the instructor&apos;s marking</source>
        <translation>təlimçinin qiymətləndirməsini gözləyir</translation>
    </message>
    <message>
        <source>an attempt is in progress</source>
        <translation>cəhd davam edir</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <source>No attempts left</source>
        <translation>Cəhd qalmayıb</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yenidən cəhd et</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Təyin et</translation>
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
        <translation>Cəhdlər</translation>
    </message>
    <message>
        <source>This attempt is in progress. Started: %1. Time limit ends: %2.</source>
        <translation>Bu cəhd davam edir. Başlanıb: %1. Vaxt limiti bitir: %2.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>limitsiz</translation>
    </message>
    <message>
        <source>The time limit now ends at %1.</source>
        <translation>Vaxt limitinin yeni bitmə vaxtı: %1.</translation>
    </message>
    <message>
        <source>Another attempt at %1 was granted (attempts are unlimited).</source>
        <translation>Əlavə cəhd verildi: %1 (cəhdlərin sayı limitsizdir).</translation>
    </message>
    <message>
        <source>Another attempt at %1 was granted: %2 attempt(s) now allowed.</source>
        <translation>Əlavə cəhd verildi: %1; indi icazə verilən cəhdlərin sayı: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptReview</name>
    <message>
        <source>(no answer)</source>
        <translation>(cavab yoxdur)</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Düzgün cavab</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Yoxlama siyahısının bəndi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritik</translation>
    </message>
    <message>
        <source>met</source>
        <translation>yerinə yetirildi</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>yerinə yetirilmədi</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>İzah</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Yanlış</translation>
    </message>
    <message>
        <source>Grader comment</source>
        <translation>Qiymətləndirənin şərhi</translation>
    </message>
    <message>
        <source>No per-question review for this attempt.</source>
        <translation>Bu cəhd üçün suallar üzrə nəzərdən keçirmə yoxdur.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Sual</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Cavab</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Qiymətləndirmə meyarları</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>düzgün</translation>
    </message>
    <message>
        <source>not correct</source>
        <translation>düzgün deyil</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>keçmədi</translation>
    </message>
    <message>
        <source>partly correct</source>
        <translation>qismən düzgün</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>keçdi</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>təqdim edilib</translation>
    </message>
    <message>
        <source>waiting for grading</source>
        <translation>qiymətləndirmə gözlənilir</translation>
    </message>
</context>
<context>
    <name>AttemptStatus</name>
    <message>
        <source>In progress</source>
        <translation>Davam edir</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Təqdim edilib</translation>
    </message>
    <message>
        <source>Waiting for grading</source>
        <translation>Qiymətləndirmə gözlənilir</translation>
    </message>
</context>
<context>
    <name>AttemptsTableModel</name>
    <message>
        <source>Assessment</source>
        <translation>Qiymətləndirmə</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlanıb</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Təqdim edilib</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>keçdi</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>keçmədi</translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <source>Backup and restore</source>
        <translation>Ehtiyat nüsxə və bərpa</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Ehtiyat nüsxəni saxla</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Ehtiyat nüsxələr (*.zip)</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Ehtiyat nüsxə yaradılır…</translation>
    </message>
    <message>
        <source>The backup is saved: %1 (%2).</source>
        <translation>Ehtiyat nüsxə saxlanıldı: %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Bərpa etmək üçün ehtiyat nüsxə seçin</translation>
    </message>
    <message>
        <source>Restore the backup made on %1 (UTC)?

ALL current data will be replaced by the data in the backup. The current database is saved first in the backups folder.

The program will then reopen the database and you will need to log in again.</source>
        <translation>%1 (UTC) tarixində yaradılmış ehtiyat nüsxə bərpa edilsin?

BÜTÜN cari məlumatlar ehtiyat nüsxədəki məlumatlarla əvəz ediləcək. Cari verilənlər bazası əvvəlcə ehtiyat nüsxələr qovluğunda saxlanılır.

Sonra proqram verilənlər bazasını yenidən açacaq və siz yenidən daxil olmalı olacaqsınız.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ehtiyat nüsxəni bərpa et</translation>
    </message>
    <message>
        <source>&amp;Restore and reopen</source>
        <translation>&amp;Bərpa et və yenidən aç</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Ehtiyat nüsxə bərpa edilir…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Ehtiyat nüsxə bərpa edildi</translation>
    </message>
    <message>
        <source>The backup is restored and the database was reopened. Please log in again.</source>
        <translation>Ehtiyat nüsxə bərpa edildi və verilənlər bazası yenidən açıldı. Zəhmət olmasa, yenidən daxil olun.</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <source>&amp;Issue and save</source>
        <translation>&amp;Ver və saxla</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Sertifikatlar üçün qovluq</translation>
    </message>
    <message>
        <source>There is no cohort to choose.</source>
        <translation>Seçmək üçün qrup yoxdur.</translation>
    </message>
    <message>
        <source>No installed module gives a certificate.</source>
        <translation>Quraşdırılmış modulların heç biri sertifikat vermir.</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation>PDF faylları üçün qovluq seçin.</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message numerus="yes">
        <source>%n certificate(s) issued</source>
        <translation>
            <numerusform>%n sertifikat verildi</numerusform>
            <numerusform>%n sertifikat verildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) skipped.</source>
        <translation>
            <numerusform>%n dinləyici ötürüldü.</numerusform>
            <numerusform>%n dinləyici ötürüldü.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF files are in %1.</source>
        <translation>PDF faylları bu qovluqdadır: %1.</translation>
    </message>
</context>
<context>
    <name>BatchSummaryModel</name>
    <message>
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Dinləyici</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Verildi</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ötürüldü</translation>
    </message>
</context>
<context>
    <name>CertificateBatchDialog</name>
    <message>
        <source>Issue certificates to a cohort</source>
        <translation>Qrupa sertifikatlar ver</translation>
    </message>
    <message>
        <source>Everyone in the cohort who has passed the module&apos;s required assessments receives a certificate; each certificate is saved as a PDF file named by its serial number. The others are listed with the reason.</source>
        <translation>Qrupda modulun tələb etdiyi qiymətləndirmələrdən keçmiş hər kəs sertifikat alır; hər sertifikat seriya nömrəsi ilə adlandırılmış PDF faylı kimi saxlanılır. Digərləri səbəbi göstərilməklə sadalanır.</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Qrup:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Save the PDF files &amp;in:</source>
        <translation>PDF fayllarını saxlama &amp;yeri:</translation>
    </message>
    <message>
        <source>a folder for the certificates</source>
        <translation>sertifikatlar üçün qovluq</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>PDF faylları üçün qovluq</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözdən keçir…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
</context>
<context>
    <name>CertificateBatchSummary</name>
    <message>
        <source>Certificates issued</source>
        <translation>Verilmiş sertifikatlar</translation>
    </message>
    <message>
        <source>Trainees issued or skipped</source>
        <translation>Sertifikat verilmiş və ya ötürülmüş dinləyicilər</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Qovluğu &amp;aç</translation>
    </message>
</context>
<context>
    <name>CertificateIssueDialog</name>
    <message>
        <source>Issue a certificate</source>
        <translation>Sertifikat ver</translation>
    </message>
    <message>
        <source>Type part of the trainee&apos;s name or username to find them. The certificate is issued only when the trainee has passed the assessments the module requires; issuing it again gives the same certificate.</source>
        <translation>Dinləyicini tapmaq üçün onun adının və ya istifadəçi adının bir hissəsini yazın. Sertifikat yalnız dinləyici modulun tələb etdiyi qiymətləndirmələrdən keçdikdə verilir; təkrar verildikdə eyni sertifikat alınır.</translation>
    </message>
    <message>
        <source>&amp;Trainee:</source>
        <translation>&amp;Dinləyici:</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Dinləyici</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
</context>
<context>
    <name>CertificateMine</name>
    <message>
        <source>My certificates</source>
        <translation>Sertifikatlarım</translation>
    </message>
    <message>
        <source>The certificates your training centre issued to you. Save one as a PDF file, open it to print, or check a certificate someone shows you.</source>
        <translation>Təlim mərkəzinizin sizə verdiyi sertifikatlar. Sertifikatı PDF faylı kimi saxlayın, çap etmək üçün açın və ya kiminsə sizə göstərdiyi sertifikatı yoxlayın.</translation>
    </message>
    <message>
        <source>You have no certificates yet. Pass the required exams of a module; your training centre then issues its certificate.</source>
        <translation>Hələ sertifikatınız yoxdur. Modulun tələb olunan imtahanlarından keçin; bundan sonra təlim mərkəziniz onun sertifikatını verəcək.</translation>
    </message>
    <message>
        <source>Certificate &amp;language:</source>
        <translation>Sertifikatın &amp;dili:</translation>
    </message>
    <message>
        <source>Language of the certificate</source>
        <translation>Sertifikatın dili</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF kimi &amp;saxla…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PDF file</source>
        <translation>Seçilmiş sertifikatı PDF faylı kimi saxla</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Çap et…</translation>
    </message>
    <message>
        <source>Print the selected certificate</source>
        <translation>Seçilmiş sertifikatı çap et</translation>
    </message>
    <message>
        <source>&amp;Open in the PDF viewer</source>
        <translation>PDF baxış proqramında &amp;aç</translation>
    </message>
    <message>
        <source>Opens the selected certificate in this computer&apos;s PDF viewer, where you can also print it</source>
        <translation>Seçilmiş sertifikatı bu kompüterin PDF baxış proqramında açır; orada onu çap da edə bilərsiniz</translation>
    </message>
    <message>
        <source>&amp;Check a certificate…</source>
        <translation>Sertifikatı &amp;yoxla…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
</context>
<context>
    <name>CertificatePapersDialog</name>
    <message>
        <source>Print exam papers</source>
        <translation>İmtahan vərəqlərini çap et</translation>
    </message>
    <message>
        <source>Each paper draws its own questions and has its own paper number and answer sheet; enter the answers later with the paper number so they are scored against that paper.</source>
        <translation>Hər vərəqin öz sualları, öz vərəq nömrəsi və cavab blankı olur; cavabları sonra vərəq nömrəsi ilə daxil edin ki, onlar həmin vərəqə əsasən qiymətləndirilsin.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Qiymətləndirmə:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Qiymətləndirmə</translation>
    </message>
    <message>
        <source>Number of &amp;papers:</source>
        <translation>&amp;Vərəqlərin sayı:</translation>
    </message>
    <message>
        <source>Number of papers</source>
        <translation>Vərəqlərin sayı</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>Vərəqlərin dili</translation>
    </message>
    <message>
        <source>Save the PDF files &amp;in:</source>
        <translation>PDF fayllarını saxlama &amp;yeri:</translation>
    </message>
    <message>
        <source>a folder for the papers</source>
        <translation>vərəqlər üçün qovluq</translation>
    </message>
    <message>
        <source>Folder for the papers</source>
        <translation>Vərəqlər üçün qovluq</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözdən keçir…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <source>Certificates</source>
        <translation>Sertifikatlar</translation>
    </message>
    <message>
        <source>The register of issued certificates. A certificate is issued once a trainee has passed the assessments its module requires.</source>
        <translation>Verilmiş sertifikatların reyestri. Sertifikat dinləyici modulun tələb etdiyi qiymətləndirmələrdən keçdikdən sonra verilir.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Axtar:</translation>
    </message>
    <message>
        <source>Name or serial number</source>
        <translation>Ad və ya seriya nömrəsi</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Verilmiş sertifikatlar</translation>
    </message>
    <message>
        <source>&amp;Issue to a trainee…</source>
        <translation>&amp;Dinləyiciyə ver…</translation>
    </message>
    <message>
        <source>Issue to a &amp;cohort…</source>
        <translation>&amp;Qrupa ver…</translation>
    </message>
    <message>
        <source>Issue certificates to everyone in a cohort who has passed, and save their PDF files in a folder</source>
        <translation>Qrupda keçmiş hər kəsə sertifikat ver və onların PDF fayllarını qovluqda saxla</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF-i &amp;saxla…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PDF file</source>
        <translation>Seçilmiş sertifikatı PDF faylı kimi saxla</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;ç</translation>
    </message>
    <message>
        <source>Open the selected certificate in the PDF viewer (to print it)</source>
        <translation>Seçilmiş sertifikatı PDF baxış proqramında aç (çap etmək üçün)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Ləğv et…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate, with the reason (administrators only)</source>
        <translation>Seçilmiş sertifikatı səbəbini göstərməklə ləğv et (yalnız administratorlar)</translation>
    </message>
    <message>
        <source>Chec&amp;k a certificate…</source>
        <translation>Sertifikatı yo&amp;xla…</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Çap sənədləri</translation>
    </message>
    <message>
        <source>Print &amp;exam papers…</source>
        <translation>&amp;İmtahan vərəqlərini çap et…</translation>
    </message>
    <message>
        <source>Exam papers with answer sheets, for a room without computers</source>
        <translation>Kompüter olmayan otaq üçün cavab blankları ilə imtahan vərəqləri</translation>
    </message>
    <message>
        <source>Cohort re&amp;port…</source>
        <translation>Qrup &amp;hesabatı…</translation>
    </message>
    <message>
        <source>A cohort&apos;s results as a PDF: pass rates and a trainee-by-module table</source>
        <translation>Qrupun nəticələri PDF şəklində: keçid faizləri və dinləyici-modul cədvəli</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
</context>
<context>
    <name>CertificateReportDialog</name>
    <message>
        <source>Cohort report</source>
        <translation>Qrup hesabatı</translation>
    </message>
    <message>
        <source>A PDF with the cohort&apos;s pass rate per module and each trainee&apos;s best result.</source>
        <translation>Qrupun hər modul üzrə keçid faizi və hər dinləyicinin ən yaxşı nəticəsi olan PDF.</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Qrup:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Hesabatın dili</translation>
    </message>
    <message>
        <source>Save as &amp;file:</source>
        <translation>&amp;Fayl kimi saxla:</translation>
    </message>
    <message>
        <source>the report&apos;s PDF file</source>
        <translation>hesabatın PDF faylı</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Hesabat faylı</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözdən keçir…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
</context>
<context>
    <name>CertificateRevokeDialog</name>
    <message>
        <source>Revoke a certificate</source>
        <translation>Sertifikatı ləğv et</translation>
    </message>
    <message>
        <source>A revoked certificate can no longer be verified as valid, on this computer and wherever its revocation is known. This cannot be undone.</source>
        <translation>Ləğv edilmiş sertifikat bu kompüterdə və onun ləğvi barədə məlumat olan hər yerdə artıq etibarlı kimi təsdiqlənə bilməz. Bu əməliyyatı geri qaytarmaq mümkün deyil.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Sertifikat:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Səbəb:</translation>
    </message>
    <message>
        <source>for example: issued by mistake</source>
        <translation>məsələn: səhvən verilib</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Ləğv etmə səbəbi</translation>
    </message>
</context>
<context>
    <name>CertificateScreenBase</name>
    <message>
        <source>Choose a certificate in the table first.</source>
        <translation>Əvvəlcə cədvəldə sertifikat seçin.</translation>
    </message>
    <message>
        <source>Save the certificate as</source>
        <translation>Sertifikatı saxla</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF of %1…</source>
        <translation>%1 üçün PDF hazırlanır…</translation>
    </message>
    <message>
        <source>The certificate is saved: %1</source>
        <translation>Sertifikat saxlanıldı: %1</translation>
    </message>
    <message>
        <source>The certificate is open in the PDF viewer; print it from there.</source>
        <translation>Sertifikat PDF baxış proqramında açıldı; onu oradan çap edin.</translation>
    </message>
    <message>
        <source>No PDF viewer could be started. The file is here: %1</source>
        <translation>PDF baxış proqramını başlatmaq mümkün olmadı. Fayl buradadır: %1</translation>
    </message>
    <message>
        <source>The certificate was sent to the printer.</source>
        <translation>Sertifikat printerə göndərildi.</translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message>
        <source>Your certificate %1 expired on %2. Ask your training centre about renewing it.</source>
        <translation>%1 sertifikatınızın müddəti %2 tarixində bitib. Onun yenilənməsi barədə təlim mərkəzinizə müraciət edin.</translation>
    </message>
    <message>
        <source>Certificate %1 issued on %2; it does not expire. Save or print it under “My certificates”.</source>
        <translation>%1 sertifikatı %2 tarixində verilib; müddətsizdir. Onu «Sertifikatlarım» bölməsində saxlayın və ya çap edin.</translation>
    </message>
    <message>
        <source>Certificate %1 issued on %2, valid until %3. Save or print it under “My certificates”.</source>
        <translation>%1 sertifikatı %2 tarixində verilib, %3 tarixinədək etibarlıdır. Onu «Sertifikatlarım» bölməsində saxlayın və ya çap edin.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Revoked</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Müddəti bitib</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Etibarlıdır</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>müddətsizdir</translation>
    </message>
    <message>
        <source>Valid certificate</source>
        <translation>Etibarlı sertifikat</translation>
    </message>
    <message>
        <source>Tampered: this certificate has been altered or forged</source>
        <translation>Saxtalaşdırılıb: bu sertifikat dəyişdirilib və ya saxtadır</translation>
    </message>
    <message>
        <source>Unknown signer: this certificate cannot be checked here</source>
        <translation>Naməlum imzalayan: bu sertifikatı burada yoxlamaq mümkün deyil</translation>
    </message>
    <message>
        <source>Revoked: this certificate is no longer valid</source>
        <translation>Ləğv edilib: bu sertifikat artıq etibarlı deyil</translation>
    </message>
    <message>
        <source>Expired: this certificate is no longer valid</source>
        <translation>Müddəti bitib: bu sertifikat artıq etibarlı deyil</translation>
    </message>
    <message>
        <source>Not a certificate code: it cannot be read</source>
        <translation>Sertifikat kodu deyil: onu oxumaq mümkün deyil</translation>
    </message>
    <message>
        <source>has not yet passed: %1</source>
        <translation>hələ keçməyib: %1</translation>
    </message>
    <message>
        <source>the module gives no certificate</source>
        <translation>modul sertifikat vermir</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikatlar</translation>
    </message>
    <message>
        <source>No certificates have been issued yet.</source>
        <translation>Hələ heç bir sertifikat verilməyib.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s).</source>
        <translation>
            <numerusform>%n sertifikat.</numerusform>
            <numerusform>%n sertifikat.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 certificates shown.</source>
        <translation>Göstərilən sertifikatlar: %1 / %2.</translation>
    </message>
    <message>
        <source>Certificate %1 is issued to %2.</source>
        <translation>Sertifikat %1 dinləyiciyə verildi: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued</source>
        <translation>
            <numerusform>%n sertifikat verildi</numerusform>
            <numerusform>%n sertifikat verildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) skipped.</source>
        <translation>
            <numerusform>%n dinləyici ötürüldü.</numerusform>
            <numerusform>%n dinləyici ötürüldü.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 is revoked.</source>
        <translation>Sertifikat %1 ləğv edildi.</translation>
    </message>
    <message numerus="yes">
        <source>%n exam paper(s) saved</source>
        <translation>
            <numerusform>%n imtahan vərəqi saxlanıldı</numerusform>
            <numerusform>%n imtahan vərəqi saxlanıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>The cohort report is saved: %1</source>
        <translation>Qrup hesabatı saxlanıldı: %1</translation>
    </message>
</context>
<context>
    <name>CertificatesTableModel</name>
    <message>
        <source>Serial</source>
        <extracomment>the state of a row (valid, expired or revoked), for tests and delegates</extracomment>
        <translation>Seriya nömrəsi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Verilib</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Bitmə tarixi</translation>
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
            <numerusform>%n bal</numerusform>
            <numerusform>%n bal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 bal</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Not met, this item fails the test whatever the percent.</source>
        <translation>Bu bənd yerinə yetirilmədikdə faizdən asılı olmayaraq test keçilmir.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Yerinə yetirildi</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Yerinə yetirilmədi</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritik</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Qeyd:</translation>
    </message>
    <message>
        <source>optional: what you observed</source>
        <translation>istəyə bağlı: nəyi müşahidə etdiniz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
</context>
<context>
    <name>CohortAssignDialog</name>
    <message>
        <source>Assign a module</source>
        <translation>Modul təyin et</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Son tarix:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Trainees see the due date on their home screen; after it, unfinished work shows as overdue. Assigning a module again changes its due date.</source>
        <translation>Dinləyicilər son tarixi öz əsas ekranlarında görürlər; ondan sonra tamamlanmamış işlər gecikmiş kimi göstərilir. Modulu yenidən təyin etmək onun son tarixini dəyişir.</translation>
    </message>
</context>
<context>
    <name>CohortEnrolDialog</name>
    <message>
        <source>Enrol trainees</source>
        <translation>Dinləyiciləri qeydiyyata al</translation>
    </message>
    <message>
        <source>Tick the trainees to enrol (Space ticks the current row). Trainees already in the cohort are not listed.</source>
        <translation>Qeydiyyata alınacaq dinləyiciləri işarələyin (Boşluq düyməsi cari sətri işarələyir). Artıq qrupda olan dinləyicilər siyahıda göstərilmir.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Axtar:</translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation>Ad və ya istifadəçi adı</translation>
    </message>
    <message>
        <source>Trainees to choose from</source>
        <translation>Seçim üçün dinləyicilər</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>Göstərilənlərin &amp;hamısını işarələ</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>Hamısından işarəni &amp;götür</translation>
    </message>
</context>
<context>
    <name>CohortNewDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Yeni qrup</translation>
    </message>
    <message>
        <source>Cohort &amp;name:</source>
        <translation>Qrupun &amp;adı:</translation>
    </message>
    <message>
        <source>for example: Border guards, spring 2025</source>
        <translation>məsələn: Sərhədçilər, yaz 2025</translation>
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation>&amp;Təlimçi:</translation>
    </message>
</context>
<context>
    <name>CohortReportDialog</name>
    <message>
        <source>&amp;Save the report</source>
        <translation>Hesabatı &amp;saxla</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Hesabatı saxla</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <source>There is no cohort to choose.</source>
        <translation>Seçmək üçün qrup yoxdur.</translation>
    </message>
    <message>
        <source>Choose the file for the report.</source>
        <translation>Hesabat üçün fayl seçin.</translation>
    </message>
</context>
<context>
    <name>CohortScreen</name>
    <message>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>Keçilmiş modullar</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>İdentifikator</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Qrup: %1</translation>
    </message>
    <message>
        <source>%1 trainee(s), %2 module(s)</source>
        <translation>%1 dinləyici, %2 modul</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1 göstərilir)</translation>
    </message>
    <message>
        <source>Remove %1 from the cohort %2? Their results are kept.</source>
        <translation>%1 istifadəçisi %2 qrupundan çıxarılsın? Onun nəticələri saxlanılacaq.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Qrupdan çıxar</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>İ&amp;rəliləyiş</translation>
    </message>
    <message>
        <source>&amp;Find a trainee:</source>
        <translation>Dinləyici &amp;axtar:</translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation>Ad və ya istifadəçi adı</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <source>Load the latest progress (F5)</source>
        <translation>Ən son irəliləyişi yüklə (F5)</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>İrəliləyiş yüklənir</translation>
    </message>
    <message>
        <source>Progress of trainees by module</source>
        <translation>Dinləyicilərin modullar üzrə irəliləyişi</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>İşarələr:</translation>
    </message>
    <message>
        <source>Double-click a module cell, or select it and press Enter, to see that trainee&apos;s attempts, review them, give extra time or another attempt.</source>
        <translation>Həmin dinləyicinin cəhdlərini görmək, onları yoxlamaq, əlavə vaxt və ya əlavə cəhd vermək üçün modul xanasına iki dəfə klikləyin və ya onu seçib Enter düyməsini basın.</translation>
    </message>
    <message>
        <source>&amp;Trainees</source>
        <translation>&amp;Dinləyicilər</translation>
    </message>
    <message>
        <source>Trainees in the cohort</source>
        <translation>Qrupdakı dinləyicilər</translation>
    </message>
    <message>
        <source>&amp;Enrol trainees…</source>
        <translation>Dinləyici ə&amp;lavə et…</translation>
    </message>
    <message>
        <source>Re&amp;move from cohort</source>
        <translation>Qrupdan çı&amp;xar</translation>
    </message>
    <message>
        <source>Mo&amp;dules</source>
        <translation>&amp;Modullar</translation>
    </message>
    <message>
        <source>Modules assigned to the cohort</source>
        <translation>Qrupa təyin edilmiş modullar</translation>
    </message>
    <message>
        <source>&amp;Assign module…</source>
        <translation>Modul &amp;təyin et…</translation>
    </message>
    <message>
        <source>Assigning a module again changes its due date.</source>
        <translation>Modulu yenidən təyin etdikdə onun son tarixi dəyişir.</translation>
    </message>
</context>
<context>
    <name>CohortsTableModel</name>
    <message>
        <source>Cohort</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Təlimçi</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Dinləyicilər</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modullar</translation>
    </message>
</context>
<context>
    <name>DataCommon</name>
    <message>
        <source>exam</source>
        <translation>imtahan</translation>
    </message>
    <message>
        <source>practice quiz</source>
        <translation>məşq testi</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>praktiki test</translation>
    </message>
</context>
<context>
    <name>DataExchangeScreen</name>
    <message>
        <source>This computer: %1 (computer id %2).</source>
        <translation>Bu kompüter: %1 (kompüter identifikatoru %2).</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Məlumat mübadiləsi</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n trainee(s))</source>
        <translation>
            <numerusform>%1 (%n dinləyici)</numerusform>
            <numerusform>%1 (%n dinləyici)</numerusform>
        </translation>
    </message>
    <message>
        <source>No cohorts yet.</source>
        <translation>Hələ qrup yoxdur.</translation>
    </message>
    <message>
        <source>Choose the folder for bundles</source>
        <translation>Paketlər üçün qovluq seçin</translation>
    </message>
    <message>
        <source>Choose the folder for the bundles first.</source>
        <translation>Əvvəlcə paketlər üçün qovluq seçin.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Is the USB stick plugged in?</source>
        <translation>%1 qovluğu mövcud deyil. USB yaddaş qurğusu qoşulubmu?</translation>
    </message>
    <message>
        <source>Writing the results bundle %1…</source>
        <translation>%1 nəticə paketi yazılır…</translation>
    </message>
    <message>
        <source>Check at least one cohort for the post.</source>
        <translation>Məntəqə üçün ən azı bir qrupu işarələyin.</translation>
    </message>
    <message>
        <source>Writing the distribution bundle %1…</source>
        <translation>%1 paylama paketi yazılır…</translation>
    </message>
    <message>
        <source>Choose a bundle to import</source>
        <translation>İdxal etmək üçün paket seçin</translation>
    </message>
    <message>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Paketlər (*.zip);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Checking and merging %1…</source>
        <translation>%1 yoxlanılır və birləşdirilir…</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing was imported.</source>
        <translation>Paket qəbul edilmədi; heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>Bundle refused</source>
        <translation>Paket qəbul edilmədi</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Bu kompüterdə heç nə dəyişdirilmədi.</translation>
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
        <translation>Xəta baş verdi. Yadda saxlanılmış işiniz itməyib. Ətraflı məlumat jurnal faylındadır.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>&amp;Enrol</source>
        <translation>Ə&amp;lavə et</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) ticked</source>
        <translation>
            <numerusform>%n dinləyici seçilib</numerusform>
            <numerusform>%n dinləyici seçilib</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Essay</name>
    <message>
        <source>Your &amp;answer:</source>
        <translation>&amp;Cavabınız:</translation>
    </message>
    <message>
        <source>Words: %1 of at most %2</source>
        <translation>Söz sayı: %1 (ən çoxu %2)</translation>
    </message>
    <message>
        <source>too long, please shorten your answer</source>
        <translation>çox uzundur, cavabınızı qısaldın</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Söz sayı: %1</translation>
    </message>
</context>
<context>
    <name>EssayQueueModel</name>
    <message>
        <source>Submitted</source>
        <translation>Təqdim tarixi</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Dinləyici</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Qiymətləndirmə</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Sual</translation>
    </message>
</context>
<context>
    <name>ExportCountsModel</name>
    <message>
        <source>Data</source>
        <translation>Məlumatlar</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Yazılan qeydlər</translation>
    </message>
</context>
<context>
    <name>ExportResults</name>
    <message>
        <source>Export results</source>
        <translation>Nəticələrin ixracı</translation>
    </message>
    <message>
        <source>Save the finished attempts you may see as a file: CSV for Excel, an Excel workbook with the answers, learning outcomes and item statistics, or xAPI statements for a learning record store.</source>
        <translation>Görə bildiyiniz tamamlanmış cəhdləri fayl kimi saxlayın: Excel üçün CSV, cavablar, təlim nəticələri və sual statistikası olan Excel iş kitabı və ya öyrənmə qeydləri anbarı (LRS) üçün xAPI ifadələri.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Faylın formatı</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Qrup:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Təqdim tarixi:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Başlanğıc</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>So&amp;n</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <source>Save as &amp;file:</source>
        <translation>Fayl kimi &amp;saxla:</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>yazılacaq fayl</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Yazılacaq fayl</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Gözdən keçir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>İxrac &amp;et</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
</context>
<context>
    <name>ExportResultsScreen</name>
    <message>
        <source>CSV for Excel (one row per attempt)</source>
        <translation>Excel üçün CSV (hər cəhd üçün bir sətir)</translation>
    </message>
    <message>
        <source>CSV for Excel (learning outcomes: one row per trainee and outcome)</source>
        <translation>Excel üçün CSV (təlim nəticələri: hər dinləyici və nəticə üçün bir sətir)</translation>
    </message>
    <message>
        <source>Excel workbook (attempts, answers, trainees, outcomes, items)</source>
        <translation>Excel kitabı (cəhdlər, cavablar, dinləyicilər, təlim nəticələri, tapşırıqlar)</translation>
    </message>
    <message>
        <source>xAPI statements (JSON, for a learning record store)</source>
        <translation>xAPI ifadələri (JSON, öyrənmə qeydləri anbarı üçün)</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Bütün qruplar</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Bütün modullar</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Nəticələrin ixracı</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON faylları (*.json)</translation>
    </message>
    <message>
        <source>Export the results as</source>
        <translation>Nəticələri ixrac et</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Yazılacaq faylı seçin.</translation>
    </message>
    <message>
        <source>The first day must not come after the last day.</source>
        <translation>Birinci gün sonuncu gündən sonra ola bilməz.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 faylına ixrac edilir…</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) exported</source>
        <translation>
            <numerusform>%n cəhd ixrac edildi</numerusform>
            <numerusform>%n cəhd ixrac edildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer row(s).</source>
        <translation>
            <numerusform>%n cavab sətri.</numerusform>
            <numerusform>%n cavab sətri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>%n ifadə.</numerusform>
            <numerusform>%n ifadə.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning-outcome row(s).</source>
        <translation>
            <numerusform>%n təlim nəticəsi sətri.</numerusform>
            <numerusform>%n təlim nəticəsi sətri.</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished attempt matches the choices above.</source>
        <translation>Yuxarıdakı seçimlərə uyğun tamamlanmış cəhd yoxdur.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start</source>
        <extracomment>Installs modules as `actor`; reports (done, total); returns how many modules it installed.</extracomment>
        <translation>İlk işə salma</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Addım %1 / %2</translation>
    </message>
    <message>
        <source>Go to &amp;login</source>
        <translation>&amp;Girişə keç</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Növbəti &gt;</translation>
    </message>
    <message numerus="yes">
        <source>The administrator account &apos;%1&apos; is ready and %n module(s) are installed.</source>
        <translation>
            <numerusform>«%1» administrator hesabı hazırdır və %n modul quraşdırılıb.</numerusform>
            <numerusform>«%1» administrator hesabı hazırdır və %n modul quraşdırılıb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the training centre.</source>
        <translation>Təlim mərkəzinin adını daxil edin.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Parametrləri yadda saxlamaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>The username needs 2 to 64 characters: letters a–z, digits, dots, dashes or underscores.</source>
        <translation>İstifadəçi adı 2–64 simvoldan ibarət olmalıdır: a–z hərfləri, rəqəmlər, nöqtələr, defislər və ya alt xətlər.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Administratorun tam adını daxil edin.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Parol ən azı %n simvoldan ibarət olmalıdır.</numerusform>
            <numerusform>Parol ən azı %n simvoldan ibarət olmalıdır.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>Parol boşluqla başlaya və ya bitə bilməz.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>İki parol eyni deyil.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) installed.</source>
        <translation>
            <numerusform>%n modul quraşdırıldı.</numerusform>
            <numerusform>%n modul quraşdırıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Quraşdırılır…</translation>
    </message>
    <message>
        <source>Installed %1 of %2…</source>
        <translation>Quraşdırıldı: %1 / %2…</translation>
    </message>
    <message>
        <source>This did not work. The details are in the log file.</source>
        <translation>Bu alınmadı. Ətraflı məlumat jurnal faylındadır.</translation>
    </message>
    <message>
        <source>Welcome to MOBILAZE Training</source>
        <translation>MOBILAZE Training proqramına xoş gəlmisiniz</translation>
    </message>
    <message>
        <source>This computer is not set up yet. In a few steps you will name the training centre, create the administrator account and install the standard training modules.</source>
        <translation>Bu kompüter hələ qurulmayıb. Bir neçə addımda təlim mərkəzinin adını daxil edəcək, administrator hesabı yaradacaq və standart təlim modullarını quraşdıracaqsınız.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <source>Training centre</source>
        <translation>Təlim mərkəzi</translation>
    </message>
    <message>
        <source>The name of the training centre is shown on the login screen, in reports and on certificates. You can change it later in the settings.</source>
        <translation>Təlim mərkəzinin adı giriş ekranında, hesabatlarda və sertifikatlarda göstərilir. Onu sonra parametrlərdə dəyişə bilərsiniz.</translation>
    </message>
    <message>
        <source>&amp;Name of the training centre:</source>
        <translation>Təlim mərkəzinin &amp;adı:</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Administrator hesabı</translation>
    </message>
    <message>
        <source>The administrator adds instructors and trainees, installs modules and makes backups. Choose a password of at least 8 characters and keep it safe.</source>
        <translation>Administrator təlimçiləri və dinləyiciləri əlavə edir, modulları quraşdırır və ehtiyat nüsxələr yaradır. Ən azı 8 simvoldan ibarət parol seçin və onu etibarlı yerdə saxlayın.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>İstifadəçi a&amp;dı:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Tam ad:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parol:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Parolu tək&amp;rarlayın:</translation>
    </message>
    <message>
        <source>Standard modules</source>
        <translation>Standart modullar</translation>
    </message>
    <message>
        <source>The training modules that come with the program are being installed. This takes a moment.</source>
        <translation>Proqramla birlikdə gələn təlim modulları quraşdırılır. Bu, bir az vaxt aparır.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yenidən cəhd et</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Hazırdır</translation>
    </message>
    <message>
        <source>Log in with the administrator account to add instructors and trainees, form cohorts and assign modules.</source>
        <translation>Təlimçiləri və dinləyiciləri əlavə etmək, qruplar yaratmaq və modullar təyin etmək üçün administrator hesabı ilə daxil olun.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; G&amp;eri</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Please log in again.</source>
        <translation>Lütfən, yenidən daxil olun.</translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Yarat</translation>
    </message>
    <message>
        <source>Save the private key as</source>
        <translation>Gizli açarı yadda saxla</translation>
    </message>
    <message>
        <source>Private keys (*.pem)</source>
        <translation>Gizli açarlar (*.pem)</translation>
    </message>
    <message>
        <source>Give the key a label, for example the publisher&apos;s name.</source>
        <translation>Açara etiket verin, məsələn, naşirin adını.</translation>
    </message>
    <message>
        <source>Choose where to save the private key.</source>
        <translation>Gizli açarın saxlanılacağı yeri seçin.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 artıq mövcuddur; başqa ad seçin.</translation>
    </message>
</context>
<context>
    <name>GradingQueue</name>
    <message>
        <source>Essays waiting for grading</source>
        <translation>Qiymətləndirilməyi gözləyən esselər</translation>
    </message>
    <message>
        <source>No essays wait for grading. Well done!</source>
        <translation>Qiymətləndirilməyi gözləyən esse yoxdur. Əla!</translation>
    </message>
    <message>
        <source>&amp;Queue (oldest first):</source>
        <translation>&amp;Növbə (əvvəlcə köhnələr):</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>&amp;Sual:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Sual</translation>
    </message>
    <message>
        <source>Ru&amp;bric:</source>
        <translation>&amp;Meyarlar:</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Qiymətləndirmə meyarları</translation>
    </message>
    <message>
        <source>Trainee&apos;s &amp;response:</source>
        <translation>Dinləyicinin &amp;cavabı:</translation>
    </message>
    <message>
        <source>Trainee&apos;s response</source>
        <translation>Dinləyicinin cavabı</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Bal:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <source>&amp;Comment for the trainee (optional):</source>
        <translation>Dinləyici üçün şə&amp;rh (istəyə bağlı):</translation>
    </message>
    <message>
        <source>Comment for the trainee</source>
        <translation>Dinləyici üçün şərh</translation>
    </message>
    <message>
        <source>Save &amp;grade</source>
        <translation>Qiyməti &amp;yadda saxla</translation>
    </message>
    <message>
        <source>Save the score and go to the next essay (Ctrl+Enter)</source>
        <translation>Balı yadda saxla və növbəti esseyə keç (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>GradingScreen</name>
    <message>
        <source>Essay grading</source>
        <translation>Esselərin qiymətləndirilməsi</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, %4, question %5 — submitted %6</source>
        <translation>%1 (%2) — %3, %4, sual %5 — təqdim edilib: %6</translation>
    </message>
    <message>
        <source>of %1 point(s)</source>
        <translation>%1 baldan</translation>
    </message>
    <message>
        <source>Saved. %1&apos;s attempt has more essays to grade.</source>
        <translation>Yadda saxlanıldı. %1 adlı dinləyicinin cəhdində qiymətləndirilməli başqa esselər də var.</translation>
    </message>
    <message>
        <source>Saved. %1&apos;s attempt is complete: %2, passed.</source>
        <translation>Yadda saxlanıldı. %1 adlı dinləyicinin cəhdi tamamlandı: %2, keçdi.</translation>
    </message>
    <message>
        <source>Saved. %1&apos;s attempt is complete: %2, not passed.</source>
        <translation>Yadda saxlanıldı. %1 adlı dinləyicinin cəhdi tamamlandı: %2, keçmədi.</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>&amp;Trust this key</source>
        <translation>Bu açara &amp;etibar et</translation>
    </message>
    <message>
        <source>Choose the public key file</source>
        <translation>Açıq açar faylını seçin</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>Açıq açarlar (*.pub *.txt);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation>Açar faylını seçin.</translation>
    </message>
</context>
<context>
    <name>ImportNotesModel</name>
    <message>
        <source>Kind</source>
        <extracomment>True on the rows that deserve a look (a weak question, an error)</extracomment>
        <translation>Növ</translation>
    </message>
    <message>
        <source>File:line</source>
        <translation>Fayl:sətir</translation>
    </message>
    <message>
        <source>Question or field</source>
        <translation>Sual və ya sahə</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Xəta</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Xəbərdarlıq</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>Import questions</source>
        <translation>Sualların idxalı</translation>
    </message>
    <message>
        <source>Convert a question bank exported from Moodle or another system (GIFT, Moodle XML, Aiken or QTI 2.1) into a bank file for a course module. What a bank cannot hold exactly is listed as a warning with its line; a file with errors writes nothing.</source>
        <translation>Moodle və ya başqa sistemdən ixrac edilmiş sual bankını (GIFT, Moodle XML, Aiken və ya QTI 2.1) kurs modulu üçün bank faylına çevirin. Bankda olduğu kimi saxlanıla bilməyən hər şey sətir nömrəsi ilə xəbərdarlıq kimi göstərilir; xətaları olan fayldan heç nə yazılmır.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Faylın formatı</translation>
    </message>
    <message>
        <source>&amp;Source file:</source>
        <translation>&amp;Mənbə faylı:</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>idxal ediləcək fayl</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Mənbə faylı</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Gözdən keçir…</translation>
    </message>
    <message>
        <source>&amp;Bank file to write:</source>
        <translation>Yazılacaq &amp;bank faylı:</translation>
    </message>
    <message>
        <source>a .yaml file in the module&apos;s questions folder</source>
        <translation>modulun questions qovluğunda .yaml faylı</translation>
    </message>
    <message>
        <source>Bank file to write</source>
        <translation>Yazılacaq bank faylı</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Gö&amp;zdən keçir…</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>Sualların &amp;dili:</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Sualların dili</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>İdxal &amp;et</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Xəbərdarlıqlar və xətalar</translation>
    </message>
</context>
<context>
    <name>ImportQuestionsScreen</name>
    <message>
        <source>GIFT (Moodle text format)</source>
        <extracomment>file name patterns offered when choosing a source file, per format</extracomment>
        <translation>GIFT (Moodle mətn formatı)</translation>
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
        <translation>Sualların idxalı</translation>
    </message>
    <message>
        <source>Question files (%1);;All files (*)</source>
        <translation>Sual faylları (%1);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>İdxal ediləcək faylı seçin</translation>
    </message>
    <message>
        <source>Write the question bank as</source>
        <translation>Sual bankını yaz</translation>
    </message>
    <message>
        <source>Question banks (*.yaml)</source>
        <translation>Sual bankları (*.yaml)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>İdxal ediləcək faylı seçin.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 faylı tapılmadı.</translation>
    </message>
    <message>
        <source>Choose where to write the question bank.</source>
        <translation>Sual bankının yazılacağı yeri seçin.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 qovluğu mövcud deyil.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 idxal edilir…</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported</source>
        <translation>
            <numerusform>%n sual idxal edildi</numerusform>
            <numerusform>%n sual idxal edildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the table.</source>
        <translation>
            <numerusform>%n xəbərdarlıq: cədvələ baxın.</numerusform>
            <numerusform>%n xəbərdarlıq: cədvələ baxın.</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Xəbərdarlıq yoxdur.</translation>
    </message>
    <message>
        <source>Add the bank to a module&apos;s questions folder and check the module.</source>
        <translation>Bankı modulun questions qovluğuna əlavə edin və modulu yoxlayın.</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: %n problem(s) found; nothing was written.</source>
        <translation>
            <numerusform>Fayl idxal edilmədi: %n problem tapıldı; heç nə yazılmadı.</numerusform>
            <numerusform>Fayl idxal edilmədi: %n problem tapıldı; heç nə yazılmadı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstructorHome</name>
    <message>
        <source>Cohorts</source>
        <translation>Qruplar</translation>
    </message>
    <message>
        <source>Essays waiting for grading: %1.</source>
        <translation>Qiymətləndirilməyi gözləyən esselər: %1.</translation>
    </message>
    <message>
        <source>No essays wait for grading.</source>
        <translation>Qiymətləndirilməyi gözləyən esse yoxdur.</translation>
    </message>
    <message>
        <source>Your cohorts</source>
        <translation>Qruplarınız</translation>
    </message>
    <message>
        <source>Open a cohort to see its progress grid, enrol trainees and assign modules with due dates.</source>
        <translation>İrəliləyiş cədvəlini görmək, dinləyiciləri əlavə etmək və son tarixlərlə modullar təyin etmək üçün qrupu açın.</translation>
    </message>
    <message>
        <source>&amp;Find a cohort:</source>
        <translation>&amp;Qrup axtar:</translation>
    </message>
    <message>
        <source>Part of the cohort name</source>
        <translation>Qrup adının bir hissəsi</translation>
    </message>
    <message>
        <source>There are no cohorts yet. Press “New cohort…” to create the first one.</source>
        <translation>Hələ qrup yoxdur. İlk qrupu yaratmaq üçün «Yeni qrup…» düyməsini basın.</translation>
    </message>
    <message>
        <source>O&amp;pen cohort</source>
        <translation>Qrupu &amp;aç</translation>
    </message>
    <message>
        <source>Pr&amp;actical test</source>
        <translation>Pra&amp;ktiki test</translation>
    </message>
    <message>
        <source>Record a practical test observed in a simulated situation; see a trainee&apos;s learning outcomes</source>
        <translation>Simulyasiya edilmiş vəziyyətdə müşahidə olunan praktiki testi qeydə alın; dinləyicinin təlim nəticələrinə baxın</translation>
    </message>
    <message>
        <source>Certificates and results</source>
        <translation>Sertifikatlar və nəticələr</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>&amp;Sertifikatlar</translation>
    </message>
    <message>
        <source>Issue certificates, print exam papers and cohort reports</source>
        <translation>Sertifikatlar verin, imtahan vərəqlərini və qrup hesabatlarını çap edin</translation>
    </message>
    <message>
        <source>Import &amp;questions</source>
        <translation>S&amp;ualların idxalı</translation>
    </message>
    <message>
        <source>Convert GIFT, Moodle XML, Aiken or QTI questions into a module&apos;s bank</source>
        <translation>GIFT, Moodle XML, Aiken və ya QTI suallarını modulun sual bankına çevirin</translation>
    </message>
    <message>
        <source>E&amp;xport results</source>
        <translation>Nəticələrin i&amp;xracı</translation>
    </message>
    <message>
        <source>&amp;Item analysis</source>
        <translation>Sualların &amp;təhlili</translation>
    </message>
    <message>
        <source>How each question of an exam worked</source>
        <translation>İmtahanın hər sualının necə işlədiyi</translation>
    </message>
    <message>
        <source>Progress, trainees and modules of the selected cohort (Enter)</source>
        <translation>Seçilmiş qrupun irəliləyişi, dinləyiciləri və modulları (Enter)</translation>
    </message>
    <message>
        <source>&amp;New cohort…</source>
        <translation>Yeni q&amp;rup…</translation>
    </message>
    <message>
        <source>Essay &amp;grading queue</source>
        <translation>Esselərin qiymətləndirmə &amp;növbəsi</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Part of the name or username</source>
        <translation>Adın və ya istifadəçi adının bir hissəsi</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Choose the trainee.</source>
        <translation>Dinləyicini seçin.</translation>
    </message>
    <message>
        <source>No installed module gives a certificate.</source>
        <translation>Quraşdırılmış modulların heç biri sertifikat vermir.</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisScreen</name>
    <message>
        <source>All cohorts</source>
        <translation>Bütün qruplar</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>Sualların təhlili</translation>
    </message>
    <message>
        <source>Choose a module and one of its exams or quizzes.</source>
        <translation>Modul və onun imtahanlarından və ya testlərindən birini seçin.</translation>
    </message>
    <message>
        <source>Reading the attempts…</source>
        <translation>Cəhdlər oxunur…</translation>
    </message>
    <message>
        <source>No scored attempt of this assessment yet.</source>
        <translation>Bu qiymətləndirmənin hələ qiymətləndirilmiş cəhdi yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n sual</numerusform>
            <numerusform>%n sual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n attempt(s) each</source>
        <translation>
            <numerusform>hər biri üçün %n cəhdədək</numerusform>
            <numerusform>hər biri üçün %n cəhdədək</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>yoxlanmalı: %n</numerusform>
            <numerusform>yoxlanmalı: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation>Cədvəli yadda saxla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>İşarələr</translation>
    </message>
    <message>
        <source>The table could not be saved: %1</source>
        <translation>Cədvəli saxlamaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>The table is saved: %1</source>
        <translation>Cədvəl saxlanıldı: %1</translation>
    </message>
</context>
<context>
    <name>ItemStatsModel</name>
    <message>
        <source>Question</source>
        <translation>Sual</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Bal</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Cəhdlər</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Asanlıq</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>Tam bal</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Fərqləndirmə</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Rəy</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Sualın mətni</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>çox çətin</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>çox asan</translation>
    </message>
    <message>
        <source>separates weakly</source>
        <translation>zəif fərqləndirir</translation>
    </message>
    <message>
        <source>weaker trainees do better: check the key</source>
        <translation>zəif dinləyicilər daha yaxşı nəticə göstərir: cavab açarını yoxlayın</translation>
    </message>
    <message>
        <source>too few attempts to judge</source>
        <translation>nəticə çıxarmaq üçün cəhdlər çox azdır</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>tək seçim</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>çoxlu seçim</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>doğru və ya yanlış</translation>
    </message>
    <message>
        <source>short answer</source>
        <translation>qısa cavab</translation>
    </message>
    <message>
        <source>number</source>
        <translation>ədəd</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>uyğunlaşdırma</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>sıralama</translation>
    </message>
    <message>
        <source>essay</source>
        <translation>esse</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Yoxlanmalı</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Yaxşı</translation>
    </message>
</context>
<context>
    <name>ItemsAnalysis</name>
    <message>
        <source>Item analysis</source>
        <translation>Sualların təhlili</translation>
    </message>
    <message>
        <source>How each question of an assessment worked, over the scored attempts you may see. Facility is the share of the points trainees earned (0 to 1); discrimination shows how well a question separates stronger from weaker trainees (−1 to 1, below 0.2 is weak). Questions marked ⚠ Review deserve a look.</source>
        <translation>Qiymətləndirmənin hər bir sualının, görə bildiyiniz qiymətləndirilmiş cəhdlər üzrə necə işlədiyi. Asanlıq dinləyicilərin topladığı balların payıdır (0-dan 1-ə qədər); fərqləndirmə sualın güclü dinləyiciləri zəiflərdən nə dərəcədə yaxşı ayırdığını göstərir (−1-dən 1-ə qədər, 0,2-dən aşağı olduqda zəifdir). «⚠ Yoxlanmalı» ilə işarələnmiş suallara nəzər salmaq lazımdır.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Qiymətləndirmə:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Qiymətləndirmə</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>Q&amp;rup:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation>&amp;Təhlil et</translation>
    </message>
    <message>
        <source>Questions and their statistics</source>
        <translation>Suallar və onların statistikası</translation>
    </message>
    <message>
        <source>&amp;Save the table as CSV…</source>
        <translation>Cədvəli CSV kimi &amp;saxla…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>The files could not be written: %1</source>
        <translation>Faylları yazmaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>JobScreen</name>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Dayandırıldı; heç nə yazılmadı.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Faylı yazmaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>KeysGenerateDialog</name>
    <message>
        <source>Generate a publisher key pair</source>
        <translation>Naşir açar cütü yarat</translation>
    </message>
    <message>
        <source>Creates a key pair for signing modules: a private key file (keep it secret and backed up: whoever has it can sign modules) and a public key file (.pub) for the computers that should trust those modules.</source>
        <translation>Modulları imzalamaq üçün açar cütü yaradır: gizli açar faylı (onu gizli saxlayın və ehtiyat nüsxəsini çıxarın: ona sahib olan hər kəs modulları imzalaya bilər) və bu modullara etibar etməli olan kompüterlər üçün açıq açar faylı (.pub).</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiket:</translation>
    </message>
    <message>
        <source>for example: MOBILAZE course team</source>
        <translation>məsələn: MOBILAZE kurs komandası</translation>
    </message>
    <message>
        <source>&amp;Private key file:</source>
        <translation>&amp;Gizli açar faylı:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Gizli açar faylı</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>&amp;Trust this key on this computer too</source>
        <translation>&amp;Bu açara bu kompüterdə də etibar et</translation>
    </message>
</context>
<context>
    <name>KeysImportDialog</name>
    <message>
        <source>Import a key</source>
        <translation>Açarın idxalı</translation>
    </message>
    <message>
        <source>What is the key for?</source>
        <translation>Açar nə üçündür?</translation>
    </message>
    <message>
        <source>A &amp;computer&apos;s key: accept the bundles made on that computer</source>
        <translation>&amp;Kompüter açarı: həmin kompüterdə hazırlanmış paketləri qəbul et</translation>
    </message>
    <message>
        <source>A &amp;publisher&apos;s key: trust the modules signed with it</source>
        <translation>&amp;Naşir açarı: onunla imzalanmış modullara etibar et</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Açar &amp;faylı:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Açar faylı</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiket:</translation>
    </message>
    <message>
        <source>optional: the label in the file is kept</source>
        <translation>istəyə bağlı: fayldakı etiket saxlanılır</translation>
    </message>
    <message>
        <source>The key file is the one-line .pub file saved on the other computer (Keys, Save to a file).</source>
        <translation>Açar faylı digər kompüterdə saxlanılmış bir sətirlik .pub faylıdır (Açarlar, Fayla saxla).</translation>
    </message>
</context>
<context>
    <name>KeysScreen</name>
    <message>
        <source>Keys and trust</source>
        <translation>Açarlar və etibar</translation>
    </message>
    <message>
        <source>The public key is copied; paste it into a message.</source>
        <translation>Açıq açar kopyalandı; onu mesaja yapışdırın.</translation>
    </message>
    <message>
        <source>Save this computer&apos;s public key as</source>
        <translation>Bu kompüterin açıq açarını yadda saxla</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Açıq açarlar (*.pub)</translation>
    </message>
    <message>
        <source>The public key is saved: %1. Give it to the other side.</source>
        <translation>Açıq açar yadda saxlanıldı: %1. Onu digər tərəfə verin.</translation>
    </message>
    <message>
        <source>The key %1 of computer %2 is trusted: its bundles are accepted.</source>
        <translation>%2 kompüterinin %1 açarı etibarlıdır: onun paketləri qəbul edilir.</translation>
    </message>
    <message>
        <source>The publisher key %1 is trusted: modules signed with it are accepted.</source>
        <translation>%1 naşir açarı etibarlıdır: onunla imzalanmış modullar qəbul edilir.</translation>
    </message>
    <message>
        <source>Choose a key in the table first.</source>
        <translation>Əvvəlcə cədvəldə açar seçin.</translation>
    </message>
    <message>
        <source>Stop trusting the key %1 (%2)?</source>
        <translation>%1 (%2) açarına etibar dayandırılsın?</translation>
    </message>
    <message>
        <source>Bundles signed with it will be refused until it is imported again.</source>
        <translation>Açar yenidən idxal edilənə qədər onunla imzalanmış paketlər rədd ediləcək.</translation>
    </message>
    <message>
        <source>Modules signed only with it will be treated as unsigned.</source>
        <translation>Yalnız onunla imzalanmış modullar imzasız hesab ediləcək.</translation>
    </message>
    <message>
        <source>Remove a trusted key</source>
        <translation>Etibarlı açarı sil</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>Sa&amp;xla</translation>
    </message>
    <message>
        <source>The key %1 is no longer trusted.</source>
        <translation>%1 açarı artıq etibarlı deyil.</translation>
    </message>
    <message>
        <source>The publisher key %1 is made. Private key: %2 (keep it secret). Public key: %3.</source>
        <translation>%1 naşir açarı yaradıldı. Gizli açar: %2 (onu gizli saxlayın). Açıq açar: %3.</translation>
    </message>
    <message>
        <source>This computer trusts it.</source>
        <translation>Bu kompüter ona etibar edir.</translation>
    </message>
    <message>
        <source>Unsigned modules are accepted again.</source>
        <translation>İmzasız modullar yenidən qəbul edilir.</translation>
    </message>
    <message>
        <source>Only signed modules are accepted now. No publisher key is trusted yet: every new module is refused until you import one.</source>
        <translation>İndi yalnız imzalanmış modullar qəbul edilir. Hələ heç bir naşir açarına etibar edilmir: siz açar idxal edənə qədər hər yeni modul rədd ediləcək.</translation>
    </message>
    <message>
        <source>Only modules signed by a trusted publisher are accepted now.</source>
        <translation>İndi yalnız etibarlı naşirin imzaladığı modullar qəbul edilir.</translation>
    </message>
    <message>
        <source>Bundles and modules are signed. This computer accepts a bundle only from a computer whose key is registered here, and a signed module only from a trusted publisher.</source>
        <translation>Paketlər və modullar imzalanır. Bu kompüter paketi yalnız açarı burada qeydə alınmış kompüterdən, imzalanmış modulu isə yalnız etibarlı naşirdən qəbul edir.</translation>
    </message>
    <message>
        <source>This computer&apos;s key</source>
        <translation>Bu kompüterin açarı</translation>
    </message>
    <message>
        <source>Computer id:</source>
        <translation>Kompüter ID-si:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Açar ID-si:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>&amp;Açıq açar:</translation>
    </message>
    <message>
        <source>This computer&apos;s public key</source>
        <translation>Bu kompüterin açıq açarı</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy the public key line, to paste it into a message</source>
        <translation>Mesaja yapışdırmaq üçün açıq açar sətrini kopyala</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Fayla saxla…</translation>
    </message>
    <message>
        <source>Save the public key as a .pub file, for example on a USB stick</source>
        <translation>Açıq açarı .pub faylı kimi saxla, məsələn, USB yaddaş qurğusunda</translation>
    </message>
    <message>
        <source>Headquarters registers the key of each post so that it accepts the post&apos;s results bundles; a post registers the key of headquarters so that it accepts its distribution bundles.</source>
        <translation>Mərkəzi ofis hər məntəqənin açarını qeydə alır ki, məntəqənin nəticələr paketlərini qəbul etsin; məntəqə isə mərkəzi ofisin açarını qeydə alır ki, onun paylama paketlərini qəbul etsin.</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Etibarlı açarlar</translation>
    </message>
    <message>
        <source>&amp;Import a key…</source>
        <translation>Açar &amp;idxal et…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>Stop trusting the chosen key</source>
        <translation>Seçilmiş açara etibarı dayandır</translation>
    </message>
    <message>
        <source>Module publishers</source>
        <translation>Modul naşirləri</translation>
    </message>
    <message>
        <source>A publisher signs modules with a private key; computers that trust its public key can check that a module was not altered.</source>
        <translation>Naşir modulları gizli açarla imzalayır; onun açıq açarına etibar edən kompüterlər modulun dəyişdirilmədiyini yoxlaya bilər.</translation>
    </message>
    <message>
        <source>&amp;Generate a publisher key pair…</source>
        <translation>Naşir açar cütü &amp;yarat…</translation>
    </message>
    <message>
        <source>Refuse &amp;unsigned modules: install only modules signed by a trusted publisher</source>
        <translation>İmzasız modulları &amp;rədd et: yalnız etibarlı naşirin imzaladığı modulları quraşdır</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>Lesson</source>
        <translation>Dərs</translation>
    </message>
    <message>
        <source>This lesson is not available in your language; it is shown in %1.</source>
        <translation>Bu dərs sizin dilinizdə mövcud deyil; o, başqa dildə göstərilir: %1.</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Dərs %1 / %2</translation>
    </message>
    <message>
        <source>&amp;Back to the module</source>
        <translation>&amp;Modula qayıt</translation>
    </message>
    <message>
        <source>&amp;Next lesson →</source>
        <translation>&amp;Növbəti dərs →</translation>
    </message>
    <message>
        <source>✓ Marked as read</source>
        <translation>✓ Oxunmuş kimi qeyd edildi</translation>
    </message>
    <message>
        <source>Links to other places are not opened here.</source>
        <translation>Digər yerlərə keçidlər burada açılmır.</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Mətn ölçüsü:</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Mətni kiçilt (Ctrl+-)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Mətni kiçilt</translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Normal mətn ölçüsü (Ctrl+0)</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normal mətn ölçüsü</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Mətni böyüt (Ctrl+=)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Mətni böyüt</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Dərsin mətni</translation>
    </message>
    <message>
        <source>← &amp;Previous lesson</source>
        <translation>← Ə&amp;vvəlki dərs</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Opening the database…</source>
        <translation>Verilənlər bazası açılır…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <source>for example: aliyev.hasan</source>
        <translation>məsələn: aliyev.hasan</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>İstifadəçi adınızı və parolunuzu daxil edin.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>&amp;Daxil ol</translation>
    </message>
    <message>
        <source>Logging in is not possible right now. The details are in the log file.</source>
        <translation>Hazırda daxil olmaq mümkün deyil. Ətraflı məlumat jurnal faylındadır.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many failed logins. Try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>Çoxlu uğursuz giriş cəhdindən sonra bu hesab bloklanıb. %n dəqiqədən sonra yenidən cəhd edin və ya administratordan hesabı blokdan çıxarmasını xahiş edin.</numerusform>
            <numerusform>Çoxlu uğursuz giriş cəhdindən sonra bu hesab bloklanıb. %n dəqiqədən sonra yenidən cəhd edin və ya administratordan hesabı blokdan çıxarmasını xahiş edin.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Bu hesab deaktiv edilib. Administratora müraciət edin.</translation>
    </message>
    <message>
        <source>The username or password is not right. Check the keyboard language and Caps Lock.</source>
        <translation>İstifadəçi adı və ya parol düzgün deyil. Klaviaturanın dilini və Caps Lock düyməsini yoxlayın.</translation>
    </message>
    <message>
        <source>MOBILAZE Training</source>
        <translation>MOBILAZE Training</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>İstifadəçi &amp;adı:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parol:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Forgot your password? Ask your administrator to reset it.</source>
        <translation>Parolunuzu unutmusunuz? Administratordan onu sıfırlamasını xahiş edin.</translation>
    </message>
    <message>
        <source>Check a &amp;certificate…</source>
        <translation>Sertifikatı &amp;yoxla…</translation>
    </message>
    <message>
        <source>Check whether a certificate is genuine, without logging in</source>
        <translation>Daxil olmadan sertifikatın həqiqi olub-olmadığını yoxla</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>← Back</source>
        <translation>← Geri</translation>
    </message>
    <message>
        <source>MOBILAZE Training</source>
        <translation>MOBILAZE Training</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Çı&amp;xış</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>— choose —</source>
        <translation>— seçin —</translation>
    </message>
</context>
<context>
    <name>MergeCountsModel</name>
    <message>
        <source>Data</source>
        <translation>Məlumatlar</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Alınıb</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yenilənib</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Dəyişməyib</translation>
    </message>
    <message>
        <source>Kept local</source>
        <translation>Yerli nüsxə saxlanılıb</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <source>The copy on this computer was newer or final, and was kept.</source>
        <translation>Bu kompüterdəki nüsxə daha yeni və ya yekun idi və saxlanıldı.</translation>
    </message>
    <message>
        <source>Both sides had changed the record; the version not kept is in the audit log.</source>
        <translation>Hər iki tərəf qeydi dəyişmişdi; saxlanılmayan versiya audit jurnalındadır.</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation>Oxunmuş dərslər</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Aç: %1</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Keçdi</translation>
    </message>
    <message>
        <source>Waiting for the instructor to mark an essay</source>
        <translation>Təlimçinin esseni qiymətləndirməsi gözlənilir</translation>
    </message>
    <message>
        <source>An attempt is in progress</source>
        <translation>Cəhd davam edir</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlanıb</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlanmayıb</translation>
    </message>
    <message>
        <source>best result: %1</source>
        <translation>ən yaxşı nəticə: %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>son tarix keçib: %1</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>son tarix: %1</translation>
    </message>
    <message>
        <source>Lessons read:</source>
        <translation>Oxunmuş dərslər:</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n dərs</numerusform>
            <numerusform>%n dərs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>təxminən %n dəqiqə</numerusform>
            <numerusform>təxminən %n dəqiqə</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versiya %1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>oxunub</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>hələ oxunmayıb</translation>
    </message>
    <message>
        <source>Read: %1 of %2</source>
        <translation>Oxunub: %1 / %2</translation>
    </message>
    <message>
        <source>This module has no quizzes or exams.</source>
        <translation>Bu modulda test və ya imtahan yoxdur.</translation>
    </message>
    <message>
        <source>Learning outcomes achieved: %1 of %2.</source>
        <translation>Əldə edilmiş təlim nəticələri: %1 / %2.</translation>
    </message>
    <message>
        <source>Certificate: you have passed every required assessment. Your training centre issues the certificate.</source>
        <translation>Sertifikat: bütün tələb olunan qiymətləndirmələrdən keçmisiniz. Sertifikatı təlim mərkəziniz verir.</translation>
    </message>
    <message>
        <source>Certificate: pass %1 to receive it.</source>
        <translation>Sertifikat: onu almaq üçün bunlardan keçin: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This exam has a time limit of %n minute(s). The clock starts now and keeps running if you leave the exam or close the program.</source>
        <translation>
            <numerusform>Bu imtahan üçün vaxt limiti %n dəqiqədir. Vaxt indi başlayır və imtahandan çıxsanız və ya proqramı bağlasanız belə, işləməyə davam edir.</numerusform>
            <numerusform>Bu imtahan üçün vaxt limiti %n dəqiqədir. Vaxt indi başlayır və imtahandan çıxsanız və ya proqramı bağlasanız belə, işləməyə davam edir.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is attempt %1 of %2.</source>
        <translation>Cari cəhd: %1 / %2.</translation>
    </message>
    <message>
        <source>Start now?</source>
        <translation>İndi başlansın?</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başla</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>İndi &amp;yox</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Dərslər</translation>
    </message>
    <message>
        <source>&amp;Read the lesson</source>
        <translation>&amp;Dərsi oxu</translation>
    </message>
    <message>
        <source>Quizzes and exams</source>
        <translation>Testlər və imtahanlar</translation>
    </message>
    <message>
        <source>Le&amp;arning outcomes</source>
        <translation>&amp;Təlim nəticələri</translation>
    </message>
    <message>
        <source>What you can do: each learning outcome of the module and how far you achieved it</source>
        <translation>Nələri bacarırsınız: modulun hər təlim nəticəsi və ona nə dərəcədə nail olduğunuz</translation>
    </message>
    <message>
        <source>My &amp;certificates</source>
        <translation>&amp;Sertifikatlarım</translation>
    </message>
</context>
<context>
    <name>ModulesScreen</name>
    <message>
        <source>Modules</source>
        <translation>Modullar</translation>
    </message>
    <message>
        <source>Choose the module&apos;s folder (it holds module.yaml)</source>
        <translation>Modulun qovluğunu seçin (içində module.yaml var)</translation>
    </message>
    <message>
        <source>Choose the module&apos;s zip file</source>
        <translation>Modulun zip faylını seçin</translation>
    </message>
    <message>
        <source>Module archives (*.zip)</source>
        <translation>Modul arxivləri (*.zip)</translation>
    </message>
    <message>
        <source>Checking and installing %1…</source>
        <translation>%1 yoxlanılır və quraşdırılır…</translation>
    </message>
    <message>
        <source>Module %1, version %2, is installed.</source>
        <translation>%1 modulu, %2 versiyası quraşdırıldı.</translation>
    </message>
    <message>
        <source>Module %1 is updated to version %2 (it was %3).</source>
        <translation>%1 modulu %2 versiyasına yeniləndi (əvvəl %3 idi).</translation>
    </message>
    <message>
        <source>Module %1, version %2, was installed already; nothing changed.</source>
        <translation>%1 modulu, %2 versiyası artıq quraşdırılıb; heç nə dəyişmədi.</translation>
    </message>
    <message>
        <source>Module %1 is replaced by the older version %2 (it was %3).</source>
        <translation>%1 modulu köhnə %2 versiyası ilə əvəz olundu (əvvəl %3 idi).</translation>
    </message>
    <message>
        <source>Module %1, version %2, was replaced.</source>
        <translation>%1 modulu, %2 versiyası əvəz olundu.</translation>
    </message>
    <message>
        <source>Warnings (listed below): %1.</source>
        <translation>Xəbərdarlıqlar (aşağıda göstərilib): %1.</translation>
    </message>
    <message numerus="yes">
        <source>The module was refused: %n problem(s) found. Nothing was stored. Fix every problem listed below and install again.</source>
        <translation>
            <numerusform>Modul qəbul edilmədi: %n problem tapıldı. Heç nə saxlanılmadı. Aşağıda göstərilən bütün problemləri düzəldin və yenidən quraşdırın.</numerusform>
            <numerusform>Modul qəbul edilmədi: %n problem tapıldı. Heç nə saxlanılmadı. Aşağıda göstərilən bütün problemləri düzəldin və yenidən quraşdırın.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>Siyahını &amp;kopyala</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Mübadilə buferinə kopyalandı</translation>
    </message>
    <message>
        <source>Course modules</source>
        <translation>Kurs modulları</translation>
    </message>
    <message>
        <source>Install a module, or a newer version of one, from its folder or from a zip file. The module is checked first: when a problem is found nothing is stored, and every problem is listed below.</source>
        <translation>Modulu və ya onun daha yeni versiyasını qovluqdan və ya zip faylından quraşdırın. Modul əvvəlcə yoxlanılır: problem tapıldıqda heç nə saxlanılmır və bütün problemlər aşağıda göstərilir.</translation>
    </message>
    <message>
        <source>&amp;Installed modules:</source>
        <translation>Quraşdırılmış &amp;modullar:</translation>
    </message>
    <message>
        <source>Installed modules</source>
        <translation>Quraşdırılmış modullar</translation>
    </message>
    <message>
        <source>Install from &amp;folder…</source>
        <translation>&amp;Qovluqdan quraşdır…</translation>
    </message>
    <message>
        <source>Install from &amp;zip file…</source>
        <translation>&amp;Zip faylından quraşdır…</translation>
    </message>
    <message>
        <source>Allow an old&amp;er version to replace a newer one</source>
        <translation>Köhnə versiyanın yenisini əvəz etməsinə &amp;icazə ver</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Quraşdırma</translation>
    </message>
    <message>
        <source>&amp;Problems and warnings:</source>
        <translation>&amp;Problemlər və xəbərdarlıqlar:</translation>
    </message>
    <message>
        <source>Problems and warnings found in the module</source>
        <translation>Modulda tapılan problemlər və xəbərdarlıqlar</translation>
    </message>
    <message>
        <source>Copy every problem as text, to send to the module&apos;s author</source>
        <translation>Modulun müəllifinə göndərmək üçün bütün problemləri mətn kimi kopyalayın</translation>
    </message>
</context>
<context>
    <name>ModulesTableModel</name>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>İdentifikator</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Dillər</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Dərslər</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Suallar</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Quraşdırılıb</translation>
    </message>
</context>
<context>
    <name>MyCertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>Sertifikatlarım</translation>
    </message>
</context>
<context>
    <name>NewCohortDialog</name>
    <message>
        <source>(me)</source>
        <translation>(mən)</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>(the centre&apos;s default)</source>
        <translation>(mərkəz üzrə standart)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Yarat</translation>
    </message>
    <message>
        <source>Give a username and the full name.</source>
        <translation>İstifadəçi adını və tam adı daxil edin.</translation>
    </message>
</context>
<context>
    <name>Numeric</name>
    <message>
        <source>for example 3,5</source>
        <translation>məsələn, 3,5</translation>
    </message>
    <message>
        <source>A number; a decimal comma or point are both fine.</source>
        <translation>Ədəd; onluq ayırıcı kimi vergül də, nöqtə də istifadə oluna bilər.</translation>
    </message>
</context>
<context>
    <name>Ordering</name>
    <message>
        <source>Items to put in order</source>
        <translation>Sıraya düzüləcək elementlər</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Yuxarı köçür</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Aşağı köçür</translation>
    </message>
    <message>
        <source>&amp;Keep this order</source>
        <translation>Bu sıranı &amp;saxla</translation>
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
        <translation>Göstərilən sıra ilə cavablandır</translation>
    </message>
</context>
<context>
    <name>OutcomeProfile</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Təlim nəticələri</translation>
    </message>
    <message>
        <source>This module states no learning outcomes.</source>
        <translation>Bu modulda təlim nəticələri göstərilməyib.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
</context>
<context>
    <name>OutcomeProfileModel</name>
    <message>
        <source>Learning outcome</source>
        <translation>Təlim nəticəsi</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Səviyyə</translation>
    </message>
    <message>
        <source>Fundamental rights</source>
        <translation>Əsas hüquqlar</translation>
    </message>
    <message>
        <source>Achieved share</source>
        <translation>Əldə edilmiş pay</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Əldə edilib</translation>
    </message>
    <message>
        <source>Waiting for grading</source>
        <translation>Qiymətləndirmə gözlənilir</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>hələ qiymətləndirilməyib</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>hələ yox</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n cavab</numerusform>
            <numerusform>%n cavab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%2 baldan %1</translation>
    </message>
</context>
<context>
    <name>OutcomeProfileScreen</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Təlim nəticələri</translation>
    </message>
    <message>
        <source>For each learning outcome: the share of the points you achieved on the questions and checklist items that assess it, counting your latest attempt at each assessment. An outcome is achieved from %1.</source>
        <translation>Hər təlim nəticəsi üçün: onu qiymətləndirən suallar və yoxlama siyahısı bəndləri üzrə topladığınız balların payı; hər qiymətləndirmədə son cəhdiniz nəzərə alınır. Nəticə %1-dən əldə edilmiş sayılır.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For each learning outcome: the share of the points the trainee achieved on the questions and checklist items that assess it, counting the latest attempt at each assessment. An outcome is achieved from %1.</source>
        <translation>Hər təlim nəticəsi üçün: onu qiymətləndirən suallar və yoxlama siyahısı bəndləri üzrə dinləyicinin topladığı balların payı; hər qiymətləndirmədə son cəhd nəzərə alınır. Nəticə %1-dən əldə edilmiş sayılır.</translation>
    </message>
    <message>
        <source>%1 Fundamental rights: assessed in every practical test. Level: the qualification level of the outcome (1 to 8, EQF/SQF scale). The bar&apos;s mark shows %2.</source>
        <translation>%1 Əsas hüquqlar: hər praktiki testdə qiymətləndirilir. Səviyyə: nəticənin ixtisas səviyyəsi (1-dən 8-ə qədər, EQF/SQF şkalası). Zolaqdakı işarə %2 həddini göstərir.</translation>
    </message>
    <message>
        <source>Outcomes achieved: %1 of %2.</source>
        <translation>Əldə edilmiş nəticələr: %1 / %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) still wait for grading.</source>
        <translation>
            <numerusform>%n cavab hələ qiymətləndirilməyi gözləyir.</numerusform>
            <numerusform>%n cavab hələ qiymətləndirilməyi gözləyir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordCheck</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Parol ən azı %n simvoldan ibarət olmalıdır.</numerusform>
            <numerusform>Parol ən azı %n simvoldan ibarət olmalıdır.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>Parol boşluqla başlaya və ya bitə bilməz.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>İki parol eyni deyil.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>A new password for %1 (%2). It also unlocks the account.</source>
        <translation>%1 (%2) üçün yeni parol. Bu, hesabı da kiliddən çıxarır.</translation>
    </message>
</context>
<context>
    <name>PlaceholderHome</name>
    <message>
        <source>Welcome, %1. The screens for your role are not available in this version.</source>
        <translation>Xoş gəlmisiniz, %1. Rolunuz üçün ekranlar bu versiyada mövcud deyil.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Əsas səhifə</translation>
    </message>
</context>
<context>
    <name>PracticalTest</name>
    <message>
        <source>Observe the trainee in a simulated situation, then mark each checklist item met or not met, with a note where it helps. A critical item not met fails the test, whatever the percent.</source>
        <translation>Dinləyicini simulyasiya edilmiş vəziyyətdə müşahidə edin, sonra yoxlama siyahısının hər bəndini yerinə yetirildi və ya yetirilmədi kimi qeyd edin, lazım olduqda qeyd yazın. Kritik bənd yerinə yetirilmədikdə faizdən asılı olmayaraq test keçilmir.</translation>
    </message>
    <message>
        <source>&amp;Trainee:</source>
        <translation>Dinlə&amp;yici:</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Dinləyici</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Practical t&amp;est:</source>
        <translation>Pra&amp;ktiki test:</translation>
    </message>
    <message>
        <source>Practical test</source>
        <translation>Praktiki test</translation>
    </message>
    <message>
        <source>Outcome &amp;profile…</source>
        <translation>Nəticələr &amp;profili…</translation>
    </message>
    <message>
        <source>The learning outcomes of the chosen trainee in the chosen module</source>
        <translation>Seçilmiş dinləyicinin seçilmiş moduldakı təlim nəticələri</translation>
    </message>
    <message>
        <source>&amp;Clear the marks</source>
        <translation>İşarələri &amp;sil</translation>
    </message>
    <message>
        <source>&amp;Submit the result…</source>
        <translation>Nəticəni &amp;təqdim et…</translation>
    </message>
    <message>
        <source>Enabled once every checklist item is marked met or not met</source>
        <translation>Yoxlama siyahısının hər bəndi yerinə yetirildi və ya yetirilmədi kimi qeyd edildikdən sonra aktiv olur</translation>
    </message>
</context>
<context>
    <name>PracticalTestScreen</name>
    <message>
        <source>Practical test</source>
        <translation>Praktiki test</translation>
    </message>
    <message>
        <source>There is no trainee to observe: practical tests are recorded for the trainees of your cohorts.</source>
        <translation>Müşahidə ediləcək dinləyici yoxdur: praktiki testlər qruplarınızın dinləyiciləri üçün qeydə alınır.</translation>
    </message>
    <message>
        <source>No installed module has a practical test.</source>
        <translation>Quraşdırılmış modulların heç birində praktiki test yoxdur.</translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>Keçid balı %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n bənd</numerusform>
            <numerusform>%n bənd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritik</numerusform>
            <numerusform>%n kritik</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points in all</source>
        <translation>cəmi %1 bal</translation>
    </message>
    <message>
        <source>Marked: %1 of %2 · met: %3</source>
        <translation>Qeyd edilib: %1 / %2 · yerinə yetirilib: %3</translation>
    </message>
    <message>
        <source>Record “%1” for %2 (%3)?</source>
        <translation>“%1” %2 (%3) üçün qeydə alınsın?</translation>
    </message>
    <message>
        <source>Items met: %1 of %2.</source>
        <translation>Yerinə yetirilmiş bəndlər: %1 / %2.</translation>
    </message>
    <message>
        <source>Critical items not met: %1.</source>
        <translation>Yerinə yetirilməmiş kritik bəndlər: %1.</translation>
    </message>
    <message>
        <source>The result is saved as a submitted attempt of the trainee; it cannot be changed afterwards.</source>
        <translation>Nəticə dinləyicinin təqdim edilmiş cəhdi kimi saxlanılır; sonradan onu dəyişmək olmaz.</translation>
    </message>
    <message>
        <source>Record the practical test?</source>
        <translation>Praktiki test qeydə alınsın?</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Qeydə al</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Hələ yox</translation>
    </message>
    <message>
        <source>Recorded for %1: %2, passed.</source>
        <translation>%1 üçün qeydə alındı: %2, keçdi.</translation>
    </message>
    <message>
        <source>Recorded for %1: %2, not passed.</source>
        <translation>%1 üçün qeydə alındı: %2, keçmədi.</translation>
    </message>
</context>
<context>
    <name>PrintPapersDialog</name>
    <message>
        <source>&amp;Print to files</source>
        <translation>&amp;Fayllara çap et</translation>
    </message>
    <message>
        <source>Folder for the exam papers</source>
        <translation>İmtahan vərəqləri üçün qovluq</translation>
    </message>
    <message>
        <source>Choose a module and one of its exams or quizzes.</source>
        <translation>Modul və onun imtahanlarından və ya testlərindən birini seçin.</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation>PDF faylları üçün qovluğu seçin.</translation>
    </message>
</context>
<context>
    <name>ProblemsTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Xəbərdarlıq</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Xəta</translation>
    </message>
</context>
<context>
    <name>ProgressAttempts</name>
    <message>
        <source>A&amp;ttempts:</source>
        <translation>&amp;Cəhdlər:</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Cəhdlər</translation>
    </message>
    <message>
        <source>No attempts yet in this module.</source>
        <translation>Bu modulda hələ cəhd yoxdur.</translation>
    </message>
    <message>
        <source>Re&amp;view of the selected attempt:</source>
        <translation>Seçilmiş cəhdin &amp;nəzərdən keçirilməsi:</translation>
    </message>
    <message>
        <source>Review of the selected attempt</source>
        <translation>Seçilmiş cəhdin nəzərdən keçirilməsi</translation>
    </message>
    <message>
        <source>Instructor actions</source>
        <translation>Təlimçi əməliyyatları</translation>
    </message>
    <message>
        <source>E&amp;xtra time (minutes):</source>
        <translation>Əlavə &amp;vaxt (dəqiqə):</translation>
    </message>
    <message>
        <source>&amp;Extend time of the selected attempt</source>
        <translation>Seçilmiş cəhdin vaxtını &amp;uzat</translation>
    </message>
    <message>
        <source>Only for a timed attempt still in progress</source>
        <translation>Yalnız hələ davam edən vaxtlı cəhd üçün</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>&amp;Qiymətləndirmə:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Səbəb:</translation>
    </message>
    <message>
        <source>for example: power cut during the exam</source>
        <translation>məsələn: imtahan zamanı elektrik kəsildi</translation>
    </message>
    <message>
        <source>&amp;Grant another attempt</source>
        <translation>&amp;Daha bir cəhd ver</translation>
    </message>
    <message>
        <source>Outcome &amp;profile…</source>
        <translation>Nəticələr &amp;profili…</translation>
    </message>
    <message>
        <source>The trainee&apos;s learning outcomes in this module</source>
        <translation>Dinləyicinin bu moduldakı təlim nəticələri</translation>
    </message>
    <message>
        <source>&amp;Record a practical test…</source>
        <translation>Praktiki testi qeydə &amp;al…</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>Trainee</source>
        <extracomment>the status of a module cell, one of the constants below name and username together, for the name filter background colours: passed green, review amber, in progress light blue, not started grey, overdue red; every cell also says its status in words and with a symbol.</extracomment>
        <translation>Dinləyici</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Keçdi</translation>
    </message>
    <message>
        <source>Review pending</source>
        <translation>Yoxlanılır</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Davam edir</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlanmayıb</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vaxtı keçib</translation>
    </message>
    <message>
        <source>Lessons opened: %1 of %2</source>
        <translation>Açılmış dərslər: %1 / %2</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Cəhdlər: %1</translation>
    </message>
    <message>
        <source>Best result: %1</source>
        <translation>Ən yaxşı nəticə: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Son tarix: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the attempts.</source>
        <translation>Cəhdlərə baxmaq üçün iki dəfə klikləyin və ya Enter düyməsini basın.</translation>
    </message>
</context>
<context>
    <name>QuestionNavigator</name>
    <message>
        <source>answered</source>
        <translation>cavablandırılıb</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>cavablandırılmayıb</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>yoxlama üçün işarələnib</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>hazırda göstərilir</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Sual %1: %2</translation>
    </message>
</context>
<context>
    <name>QuizPlayer</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n bal</numerusform>
            <numerusform>%n bal</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Sual %1 / %2</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Bir cavab seçin.</translation>
    </message>
    <message>
        <source>Choose every answer that applies.</source>
        <translation>Uyğun olan bütün cavabları seçin.</translation>
    </message>
    <message>
        <source>Is this statement true or false?</source>
        <translation>Bu ifadə doğrudur, yoxsa yanlış?</translation>
    </message>
    <message>
        <source>Type a short answer.</source>
        <translation>Qısa cavab yazın.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Ədəd daxil edin.</translation>
    </message>
    <message>
        <source>For each item on the left, choose the matching text. Some texts match nothing.</source>
        <translation>Soldakı hər element üçün uyğun mətni seçin. Bəzi mətnlər heç nəyə uyğun gəlmir.</translation>
    </message>
    <message>
        <source>Put the items in the right order: select one and move it with Alt+Up and Alt+Down, with the buttons, or by dragging.</source>
        <translation>Elementləri düzgün sıraya düzün: birini seçin və Alt+Up və Alt+Down ilə, düymələrlə və ya dartıb aparmaqla onun yerini dəyişin.</translation>
    </message>
    <message>
        <source>Write your answer in your own words. An instructor marks it.</source>
        <translation>Cavabınızı öz sözlərinizlə yazın. Onu təlimçi qiymətləndirəcək.</translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation>Cavablandırılıb: %1 / %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yadda saxlanılır…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Yadda saxlanılmayıb</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Yadda saxlanıldı: %1</translation>
    </message>
    <message>
        <source>Saved. An instructor marks this answer.</source>
        <translation>Yadda saxlanıldı. Bu cavabı təlimçi qiymətləndirəcək.</translation>
    </message>
    <message>
        <source>✓ Correct.</source>
        <translation>✓ Düzgündür.</translation>
    </message>
    <message>
        <source>✗ Not correct yet.</source>
        <translation>✗ Hələ düzgün deyil.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Qalan vaxt</translation>
    </message>
    <message>
        <source>Not answered: %1.</source>
        <translation>Cavablandırılmayıb: %1.</translation>
    </message>
    <message>
        <source>Flagged for review: %1.</source>
        <translation>Yoxlama üçün işarələnib: %1.</translation>
    </message>
    <message>
        <source>After submitting you cannot change your answers.</source>
        <translation>Təqdim etdikdən sonra cavablarınızı dəyişə bilməyəcəksiniz.</translation>
    </message>
    <message>
        <source>Submit your answers?</source>
        <translation>Cavablarınızı təqdim edirsiniz?</translation>
    </message>
    <message>
        <source>Submit your answers now?</source>
        <translation>Cavablarınızı indi təqdim edirsiniz?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are not answered. Submit anyway?</source>
        <translation>
            <numerusform>%n suala cavab verilməyib. Yenə də təqdim edirsiniz?</numerusform>
            <numerusform>%n suala cavab verilməyib. Yenə də təqdim edirsiniz?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Təqdim et</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Davam et</translation>
    </message>
    <message>
        <source>Time is up: your answers were submitted.</source>
        <translation>Vaxt bitdi: cavablarınız təqdim olundu.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Suallar</translation>
    </message>
    <message>
        <source>Filled: answered. ⚑: flagged for review.</source>
        <translation>Doldurulmuş: cavablandırılıb. ⚑: yoxlama üçün işarələnib.</translation>
    </message>
    <message>
        <source>⚑ &amp;Flag for review</source>
        <translation>⚑ Yoxlama üçün &amp;işarələ</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Əvvəlki</translation>
    </message>
    <message>
        <source>Previous question (Ctrl+Page Up)</source>
        <translation>Əvvəlki sual (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Növbəti →</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Page Down)</source>
        <translation>Növbəti sual (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Təqdim et…</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Result</source>
        <extracomment>the longest assessment title shown in full in the top bar (the page shows it whole)</extracomment>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Nəticə: %1</translation>
    </message>
    <message>
        <source>Waiting for review: an instructor marks your written answers, then your final result is shown here.</source>
        <translation>Yoxlama gözlənilir: təlimçi yazılı cavablarınızı qiymətləndirəcək, sonra yekun nəticəniz burada göstəriləcək.</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Keçdi</translation>
    </message>
    <message>
        <source>Not passed this time: a critical item of the checklist was not met.</source>
        <translation>Bu dəfə keçmədi: yoxlama siyahısının kritik bəndi yerinə yetirilmədi.</translation>
    </message>
    <message>
        <source>Not passed this time</source>
        <translation>Bu dəfə keçmədi</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points</source>
        <translation>Bal: %1 / %2</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>keçid balı %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>təqdim olunub: %1</translation>
    </message>
    <message>
        <source>The checklist your instructor observed</source>
        <translation>Təlimçinizin müşahidə etdiyi yoxlama siyahısı</translation>
    </message>
    <message>
        <source>The answers of this assessment are not shown: your training centre keeps them confidential.</source>
        <translation>Bu qiymətləndirmənin cavabları göstərilmir: təlim mərkəziniz onları məxfi saxlayır.</translation>
    </message>
    <message>
        <source>Review of your answers</source>
        <translation>Cavablarınızın nəzərdən keçirilməsi</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Əsas səhifə</translation>
    </message>
    <message>
        <source>Back to the &amp;module</source>
        <translation>&amp;Modula qayıt</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Ləğv et</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Trainee</source>
        <translation>Dinləyici</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Təlimçi</translation>
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
        <translation>dəq</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>The centre name must not be empty.</source>
        <translation>Mərkəzin adı boş ola bilməz.</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>Parametrlər yadda saxlanıldı.</translation>
    </message>
    <message>
        <source>This training centre</source>
        <translation>Bu təlim mərkəzi</translation>
    </message>
    <message>
        <source>&amp;Centre name:</source>
        <translation>Mərkəzin &amp;adı:</translation>
    </message>
    <message>
        <source>Shown on certificates and the login screen</source>
        <translation>Sertifikatlarda və giriş ekranında göstərilir</translation>
    </message>
    <message>
        <source>&amp;Default language:</source>
        <translation>&amp;Standart dil:</translation>
    </message>
    <message>
        <source>The language the program starts in</source>
        <translation>Proqramın başladığı dil</translation>
    </message>
    <message>
        <source>Log out after &amp;inactivity:</source>
        <translation>&amp;Fəaliyyətsizlikdən sonra çıxış:</translation>
    </message>
    <message>
        <source>Minutes of inactivity before logging out</source>
        <translation>Avtomatik çıxışa qədər fəaliyyətsizlik müddəti (dəqiqə)</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Mətn ölçüsü:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Mətn ölçüsü faizlə</translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black)</source>
        <translation>Yüksək &amp;kontrast (qara üzərində ağ)</translation>
    </message>
    <message>
        <source>Accept only si&amp;gned modules</source>
        <translation>Yalnız im&amp;zalanmış modulları qəbul et</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Parametrləri &amp;yadda saxla</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Dəyişiklikləri &amp;geri qaytar</translation>
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
            <numerusform>%n dəqiqəlik fəaliyyətsizlikdən sonra sistemdən çıxarıldınız. Cavablarınız yadda saxlanılıb.</numerusform>
            <numerusform>%n dəqiqəlik fəaliyyətsizlikdən sonra sistemdən çıxarıldınız. Cavablarınız yadda saxlanılıb.</numerusform>
        </translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Geri</translation>
    </message>
    <message>
        <source>Back to the previous screen (Alt+Left)</source>
        <translation>Əvvəlki ekrana qayıt (Alt+Left)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Çıxış</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
</context>
<context>
    <name>ShortAnswer</name>
    <message>
        <source>Your &amp;answer:</source>
        <translation>&amp;Cavabınız:</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The distribution bundle is saved: %1 (%2).</source>
        <translation>Paylama paketi saxlanıldı: %1 (%2).</translation>
    </message>
    <message>
        <source>The results bundle is saved: %1 (%2).</source>
        <translation>Nəticələr paketi saxlanıldı: %1 (%2).</translation>
    </message>
    <message>
        <source>It holds all results of this computer.</source>
        <translation>Paketdə bu kompüterin bütün nəticələri var.</translation>
    </message>
    <message>
        <source>It holds what is new since the export of %1.</source>
        <translation>Paketdə %1 tarixli ixracdan sonrakı yeniliklər var.</translation>
    </message>
    <message>
        <source>Nothing is new: headquarters has nothing to merge.</source>
        <translation>Yenilik yoxdur: mərkəzi ofis üçün birləşdiriləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s key %1.</source>
        <translation>Bu kompüterin %1 açarı ilə imzalanıb.</translation>
    </message>
    <message>
        <source>This bundle was imported before (made on %1 by computer %2). Nothing changed.</source>
        <translation>Bu paket əvvəl idxal edilib (%1 tarixində %2 kompüterində hazırlanıb). Heç nə dəyişmədi.</translation>
    </message>
    <message>
        <source>The distribution bundle made on %1 by computer %2 is merged.</source>
        <translation>%1 tarixində %2 kompüterində hazırlanmış paylama paketi birləşdirildi.</translation>
    </message>
    <message>
        <source>The results bundle made on %1 by computer %2 is merged.</source>
        <translation>%1 tarixində %2 kompüterində hazırlanmış nəticələr paketi birləşdirildi.</translation>
    </message>
    <message numerus="yes">
        <source>%n new audit entry(ies) of that computer.</source>
        <translation>
            <numerusform>Həmin kompüterin %n yeni audit qeydi.</numerusform>
            <numerusform>Həmin kompüterin %n yeni audit qeydi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both sides had changed a record; the version not kept is in the audit log.</source>
        <translation>
            <numerusform>%n ziddiyyət: hər iki tərəf qeydi dəyişmişdi; saxlanılmayan versiya audit jurnalındadır.</numerusform>
            <numerusform>%n ziddiyyət: hər iki tərəf qeydi dəyişmişdi; saxlanılmayan versiya audit jurnalındadır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Module %1 %2: installed.</source>
        <translation>%1 %2 modulu: quraşdırıldı.</translation>
    </message>
    <message>
        <source>Module %1 %2: updated from version %3.</source>
        <translation>%1 %2 modulu: %3 versiyasından yeniləndi.</translation>
    </message>
    <message>
        <source>Module %1 %2: stored (a newer version stays current).</source>
        <translation>%1 %2 modulu: saxlanıldı (daha yeni versiya cari olaraq qalır).</translation>
    </message>
    <message>
        <source>Module %1 %2: already installed, unchanged.</source>
        <translation>%1 %2 modulu: artıq quraşdırılıb, dəyişməyib.</translation>
    </message>
    <message>
        <source>Signed by publisher key %1.</source>
        <translation>%1 naşir açarı ilə imzalanıb.</translation>
    </message>
</context>
<context>
    <name>SyncExchange</name>
    <message>
        <source>Data exchange</source>
        <translation>Məlumat mübadiləsi</translation>
    </message>
    <message>
        <source>A post sends its results to headquarters in a results bundle; headquarters sends each post its cohorts, accounts and modules in a distribution bundle. Bundles are signed files that travel on a USB stick.</source>
        <translation>Məntəqə öz nəticələrini nəticələr paketində mərkəzi ofisə göndərir; mərkəzi ofis hər məntəqəyə onun qruplarını, hesablarını və modullarını paylama paketində göndərir. Paketlər USB yaddaş qurğusunda daşınan imzalanmış fayllardır.</translation>
    </message>
    <message>
        <source>Folder for &amp;bundles:</source>
        <translation>Paketlər üçün &amp;qovluq:</translation>
    </message>
    <message>
        <source>Folder for bundles</source>
        <translation>Paketlər üçün qovluq</translation>
    </message>
    <message>
        <source>For example the USB stick</source>
        <translation>Məsələn, USB yaddaş qurğusu</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>Choose the folder where bundles are written, for example a USB stick</source>
        <translation>Paketlərin yazılacağı qovluğu seçin, məsələn, USB yaddaş qurğusu</translation>
    </message>
    <message>
        <source>Send results to headquarters</source>
        <translation>Nəticələri mərkəzi ofisə göndər</translation>
    </message>
    <message>
        <source>Writes the accounts, attempts, answers, certificates and audit entries that are new since this computer&apos;s last export.</source>
        <translation>Bu kompüterin son ixracından sonra yaranmış hesabları, cəhdləri, cavabları, sertifikatları və audit qeydlərini yazır.</translation>
    </message>
    <message>
        <source>Ever&amp;ything, not only what is new</source>
        <translation>&amp;Hamısı, təkcə yeniləri deyil</translation>
    </message>
    <message>
        <source>Write all results of this computer again, for example when a bundle was lost</source>
        <translation>Bu kompüterin bütün nəticələrini yenidən yaz, məsələn, paket itdikdə</translation>
    </message>
    <message>
        <source>&amp;Export results bundle</source>
        <translation>Nəticələr paketini &amp;ixrac et</translation>
    </message>
    <message>
        <source>Prepare a distribution bundle for a post</source>
        <translation>Məntəqə üçün paylama paketi hazırla</translation>
    </message>
    <message>
        <source>&amp;Cohorts for the post (with their trainees, instructors and the current versions of their modules):</source>
        <translation>Məntəqə üçün q&amp;ruplar (dinləyiciləri, təlimçiləri və modullarının cari versiyaları ilə):</translation>
    </message>
    <message>
        <source>Cohorts for the post</source>
        <translation>Məntəqə üçün qruplar</translation>
    </message>
    <message>
        <source>Export &amp;distribution bundle</source>
        <translation>&amp;Paylama paketini ixrac et</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Paket idxalı</translation>
    </message>
    <message>
        <source>A results bundle from a post, or a distribution bundle from headquarters. The key of the computer that made it must be registered under Keys.</source>
        <translation>Məntəqədən nəticələr paketi və ya mərkəzi ofisdən paylama paketi. Onu hazırlayan kompüterin açarı «Açarlar» bölməsində qeydə alınmalıdır.</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>Paket i&amp;dxal et…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Açarlar…</translation>
    </message>
    <message>
        <source>This computer&apos;s key and the keys it trusts</source>
        <translation>Bu kompüterin açarı və onun etibar etdiyi açarlar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>The summary of the last export or import appears here.</source>
        <translation>Son ixrac və ya idxalın xülasəsi burada göstərilir.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
    <message>
        <source>Records per kind of data</source>
        <translation>Məlumat növləri üzrə qeydlər</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Accounts</source>
        <translation>Hesablar</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Cəhdlər</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Cavablar</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikatlar</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit qeydləri</translation>
    </message>
    <message>
        <source>Module versions</source>
        <translation>Modul versiyaları</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Dərslər</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Suallar</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Qiymətləndirmələr</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Media faylları</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Qruplar</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Qeydiyyatlar</translation>
    </message>
    <message>
        <source>Module assignments</source>
        <translation>Modul təyinatları</translation>
    </message>
</context>
<context>
    <name>TraineeChoiceModel</name>
    <message>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>İstifadəçi adı</translation>
    </message>
</context>
<context>
    <name>TraineeHome</name>
    <message>
        <source>No modules are assigned to you yet. Ask your instructor to add you to a group.</source>
        <translation>Sizə hələ heç bir modul təyin edilməyib. Təlimçinizdən sizi qrupa əlavə etməsini xahiş edin.</translation>
    </message>
    <message>
        <source>My modules</source>
        <translation>Modullarım</translation>
    </message>
    <message>
        <source>The modules your instructor assigned to you. Open a module to read its lessons and take its quizzes and exams.</source>
        <translation>Təlimçinizin sizə təyin etdiyi modullar. Dərsləri oxumaq, testləri və imtahanları vermək üçün modulu açın.</translation>
    </message>
    <message>
        <source>My &amp;certificates</source>
        <translation>&amp;Sertifikatlarım</translation>
    </message>
    <message>
        <source>Your certificates: save them as PDF files or print them</source>
        <translation>Sertifikatlarınız: onları PDF faylı kimi saxlayın və ya çap edin</translation>
    </message>
</context>
<context>
    <name>TrueFalse</name>
    <message>
        <source>True</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Yanlış</translation>
    </message>
</context>
<context>
    <name>TrustedKeysModel</name>
    <message>
        <source>Computer</source>
        <translation>Kompüter</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Naşir</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Açar ID-si</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Computer id</source>
        <translation>Kompüter ID-si</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <source>Bundles signed with this key are accepted from that computer.</source>
        <translation>Bu açarla imzalanmış paketlər həmin kompüterdən qəbul edilir.</translation>
    </message>
    <message>
        <source>Modules signed with this key are trusted.</source>
        <translation>Bu açarla imzalanmış modullara etibar edilir.</translation>
    </message>
</context>
<context>
    <name>UsersNewDialog</name>
    <message>
        <source>New user</source>
        <translation>Yeni istifadəçi</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;İstifadəçi adı:</translation>
    </message>
    <message>
        <source>letters a-z, digits, dots: aliyev.hasan</source>
        <translation>a-z hərfləri, rəqəmlər, nöqtələr: aliyev.hasan</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Tam &amp;ad:</translation>
    </message>
    <message>
        <source>as it should appear on certificates</source>
        <translation>sertifikatlarda necə görünməlidirsə</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parol:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Parolu &amp;təkrarlayın:</translation>
    </message>
</context>
<context>
    <name>UsersPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Parolu sıfırla</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Yeni &amp;parol:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Parolu &amp;təkrarlayın:</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Everyone</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>İstifadəçilər</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiv et</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Yenidən aktivləşdir</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>%1 hesabı yaradıldı.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 üçün parol dəyişdirildi.</translation>
    </message>
    <message>
        <source>%1 can no longer log in (deactivated).</source>
        <translation>%1 artıq daxil ola bilməz (deaktiv edilib).</translation>
    </message>
    <message>
        <source>%1 can log in again (reactivated).</source>
        <translation>%1 yenidən daxil ola bilər (yenidən aktivləşdirilib).</translation>
    </message>
    <message>
        <source>%1 is unlocked and can log in again.</source>
        <translation>%1 kiliddən çıxarıldı və yenidən daxil ola bilər.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 indi: %2.</translation>
    </message>
    <message>
        <source>Users and accounts</source>
        <translation>İstifadəçilər və hesablar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Axtar:</translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation>Ad və ya istifadəçi adı</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Göstər:</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>Ye&amp;ni istifadəçi…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Parolu sıfırla…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kiliddən çıxar</translation>
    </message>
    <message>
        <source>Allow logging in again at once after too many failed attempts</source>
        <translation>Çoxsaylı uğursuz cəhdlərdən sonra dərhal yenidən daxil olmağa icazə ver</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Appl&amp;y role</source>
        <translation>Rolu &amp;tətbiq et</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Username</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Kilidlənib</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Son giriş</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <source>No — deactivated</source>
        <translation>Xeyr — deaktiv edilib</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Check a certificate</source>
        <extracomment>Who checks a certificate before anyone has logged in: verification is the one thing anyone may do (it reads nothing personal and writes nothing). the headline shown, as plain text</extracomment>
        <translation>Sertifikatı yoxla</translation>
    </message>
    <message>
        <source>Paste a certificate code first, or choose a PDF file.</source>
        <translation>Əvvəlcə sertifikat kodunu yapışdırın və ya PDF faylı seçin.</translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>Sertifikat seçin</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <source>Chec&amp;k the code</source>
        <translation>Kodu &amp;yoxla</translation>
    </message>
    <message>
        <source>The certificate claims:</source>
        <translation>Sertifikatda göstərilənlər:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriya nömrəsi:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Verilmə tarixi:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Etibarlılıq müddəti:</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>müddətsizdir</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>Yoxlamaq mümkün deyil</translation>
    </message>
    <message>
        <source>Save the public key as</source>
        <translation>Açıq açarı yadda saxla</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Açıq açarlar (*.pub)</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>Açarı yadda saxlamaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>The public key is saved: %1. Give this file to the other centre.</source>
        <translation>Açıq açar yadda saxlanıldı: %1. Bu faylı digər mərkəzə verin.</translation>
    </message>
    <message>
        <source>Choose the other centre&apos;s public key</source>
        <translation>Digər mərkəzin açıq açarını seçin</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem *.txt);;All files (*)</source>
        <translation>Açıq açarlar (*.pub *.pem *.txt);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>This file is too large to be a public key.</source>
        <translation>Bu fayl açıq açar olmaq üçün çox böyükdür.</translation>
    </message>
    <message>
        <source>This file cannot be read as a public key.</source>
        <translation>Bu faylı açıq açar kimi oxumaq mümkün deyil.</translation>
    </message>
    <message>
        <source>The key was not imported: %1</source>
        <translation>Açar idxal edilmədi: %1</translation>
    </message>
    <message>
        <source>The key %1 is trusted now: certificates it signed are checked here.</source>
        <translation>%1 açarı artıq etibarlıdır: onunla imzalanmış sertifikatlar burada yoxlanılır.</translation>
    </message>
    <message>
        <source>Paste the code printed on the certificate (beside its QR code), or choose the certificate&apos;s PDF file. The check needs no internet connection.</source>
        <translation>Sertifikatda çap olunmuş kodu (QR kodunun yanında) yapışdırın və ya sertifikatın PDF faylını seçin. Yoxlama üçün internet bağlantısı tələb olunmur.</translation>
    </message>
    <message>
        <source>Certificate &amp;code:</source>
        <translation>Sertifikat &amp;kodu:</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Sertifikat kodu</translation>
    </message>
    <message>
        <source>MT1.… (the whole code, line breaks do not matter)</source>
        <translation>MT1.… (bütün kod; sətir keçidlərinin əhəmiyyəti yoxdur)</translation>
    </message>
    <message>
        <source>Check the pasted code (Ctrl+Enter)</source>
        <translation>Yapışdırılmış kodu yoxla (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check a &amp;PDF file…</source>
        <translation>&amp;PDF faylını yoxla…</translation>
    </message>
    <message>
        <source>Signing keys (administrators)</source>
        <translation>İmza açarları (administratorlar)</translation>
    </message>
    <message>
        <source>Another training centre can check this centre&apos;s certificates once it trusts this centre&apos;s public key; import the key file of another centre to check its certificates here.</source>
        <translation>Digər təlim mərkəzi bu mərkəzin açıq açarına etibar etdikdən sonra bu mərkəzin sertifikatlarını yoxlaya bilər; digər mərkəzin sertifikatlarını burada yoxlamaq üçün onun açar faylını idxal edin.</translation>
    </message>
    <message>
        <source>&amp;Export this centre&apos;s public key…</source>
        <translation>Bu mərkəzin açıq açarını &amp;ixrac et…</translation>
    </message>
    <message>
        <source>&amp;Trust another centre&apos;s key…</source>
        <translation>Digər mərkəzin açarına &amp;etibar et…</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>The bundle was refused; nothing was imported.</source>
        <translation>Paket rədd edildi; heç nə idxal edilmədi.</translation>
    </message>
</context>
</TS>
