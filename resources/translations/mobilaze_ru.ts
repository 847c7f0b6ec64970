<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation>Отвечено: %1 из %2</translation>
    </message>
    <message>
        <source>Time left: %1. The clock keeps running until you submit.</source>
        <translation>Осталось времени: %1. Время идёт, пока вы не сдадите работу.</translation>
    </message>
    <message>
        <source>You have %n unfinished attempt(s); the others are on their module pages.</source>
        <translation>Незавершённых попыток: %n; остальные — на страницах их модулей.</translation>
    </message>
    <message>
        <source>Unfinished attempt</source>
        <translation>Незавершённая попытка</translation>
    </message>
    <message>
        <source>You have an unfinished attempt. Continue it now?</source>
        <translation>У вас есть незавершённая попытка. Продолжить её сейчас?</translation>
    </message>
    <message>
        <source>&amp;Resume now</source>
        <translation>&amp;Продолжить сейчас</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>П&amp;озже</translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>ещё не оценено</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>верно</translation>
    </message>
    <message>
        <source>partly correct</source>
        <translation>частично верно</translation>
    </message>
    <message>
        <source>not correct</source>
        <translation>неверно</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 из %2 балл(ов)</translation>
    </message>
    <message>
        <source>%n point(s)</source>
        <translation>%n балл(ов)</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Вопрос %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>Instructor&apos;s comment</source>
        <translation>Комментарий преподавателя</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Правильный ответ</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>критический пункт</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <source>Instructor&apos;s note</source>
        <translation>Примечание преподавателя</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
</context>
<context>
    <name>AdminBackup</name>
    <message>
        <source>Backup and restore</source>
        <translation>Резервное копирование и восстановление</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Saves the whole database (accounts, results, certificates, modules), the settings and the centre&apos;s keys in one zip file. Keep copies on a USB stick or another computer.</source>
        <translation>Сохраняет всю базу данных (учётные записи, результаты, сертификаты, модули), настройки и ключи центра в одном zip-файле. Храните копии на USB-накопителе или другом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Make a backup…</source>
        <translation>&amp;Создать резервную копию…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Replaces ALL current data with the data in the backup. The current database is saved first in the backups folder. The program then reopens the database, and everyone logs in again.</source>
        <translation>Заменяет ВСЕ текущие данные данными из резервной копии. Текущая база данных сначала сохраняется в папке резервных копий. Затем программа заново открывает базу данных, и всем нужно войти снова.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
</context>
<context>
    <name>AdminHome</name>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>%1 account(s), %2 locked; %3 module(s) installed; %4 essay(s) to grade.</source>
        <translation>Учётных записей: %1, заблокировано: %2; установлено модулей: %3; эссе на оценивание: %4.</translation>
    </message>
    <message>
        <source>&amp;Users and accounts</source>
        <translation>&amp;Пользователи и учётные записи</translation>
    </message>
    <message>
        <source>Create accounts, set roles, reset passwords, deactivate and unlock accounts.</source>
        <translation>Создание учётных записей, назначение ролей, сброс паролей, отключение и разблокировка учётных записей.</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Модули</translation>
    </message>
    <message>
        <source>Install or update course modules from a folder or a zip file; see every problem found.</source>
        <translation>Установка или обновление модулей курса из папки или zip-файла; просмотр всех найденных проблем.</translation>
    </message>
    <message>
        <source>&amp;Cohorts and progress</source>
        <translation>&amp;Группы и прогресс</translation>
    </message>
    <message>
        <source>Cohorts, enrolment, due dates and the progress grid of every cohort.</source>
        <translation>Группы, зачисление, сроки и таблица прогресса каждой группы.</translation>
    </message>
    <message>
        <source>Essay &amp;grading</source>
        <translation>&amp;Оценивание эссе</translation>
    </message>
    <message>
        <source>Grade the essays that wait for review.</source>
        <translation>Оценивание эссе, ожидающих проверки.</translation>
    </message>
    <message>
        <source>&amp;Backup and restore</source>
        <translation>&amp;Резервное копирование и восстановление</translation>
    </message>
    <message>
        <source>Save the whole database to a file, or restore a saved backup.</source>
        <translation>Сохранение всей базы данных в файл или восстановление сохранённой резервной копии.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Centre name, default language, session timeout, high contrast and text size.</source>
        <translation>Название центра, язык по умолчанию, тайм-аут сеанса, высокая контрастность и размер текста.</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>&amp;Сертификаты</translation>
    </message>
    <message>
        <source>Issue and revoke certificates, check one, manage the signing keys; print exam papers and cohort reports.</source>
        <translation>Выдача и отзыв сертификатов, проверка сертификата, управление ключами подписи; печать экзаменационных билетов и отчётов по группам.</translation>
    </message>
    <message>
        <source>Import &amp;questions</source>
        <translation>Импорт &amp;вопросов</translation>
    </message>
    <message>
        <source>Convert GIFT, Moodle XML, Aiken or QTI questions into a question bank for a module.</source>
        <translation>Преобразование вопросов GIFT, Moodle XML, Aiken или QTI в банк вопросов для модуля.</translation>
    </message>
    <message>
        <source>E&amp;xport results</source>
        <translation>&amp;Экспорт результатов</translation>
    </message>
    <message>
        <source>Results as CSV for Excel, an Excel workbook or xAPI statements.</source>
        <translation>Результаты в виде CSV для Excel, книги Excel или записей xAPI.</translation>
    </message>
    <message>
        <source>&amp;Item analysis</source>
        <translation>&amp;Анализ вопросов</translation>
    </message>
    <message>
        <source>How each question of an exam worked, and which ones to review.</source>
        <translation>Как работал каждый вопрос экзамена и какие вопросы стоит проверить.</translation>
    </message>
    <message>
        <source>&amp;Data exchange</source>
        <translation>Обмен &amp;данными</translation>
    </message>
    <message>
        <source>Results bundles from posts to headquarters, distribution bundles for posts, on a USB stick.</source>
        <translation>Пакеты результатов с постов в центральный офис и пакеты рассылки для постов — на USB-накопителе.</translation>
    </message>
    <message>
        <source>&amp;Keys and trust</source>
        <translation>&amp;Ключи и доверие</translation>
    </message>
    <message>
        <source>This computer&apos;s key, the computers and module publishers it trusts.</source>
        <translation>Ключ этого компьютера, а также компьютеры и издатели модулей, которым он доверяет.</translation>
    </message>
    <message>
        <source>Pr&amp;actical tests</source>
        <translation>Практические &amp;тесты</translation>
    </message>
    <message>
        <source>Record a practical test observed in a simulated situation; see a trainee&apos;s learning outcomes.</source>
        <translation>Запись практического теста, проведённого под наблюдением в имитированной ситуации; результаты обучения слушателя.</translation>
    </message>
</context>
<context>
    <name>AssessmentRow</name>
    <message>
        <source>Last result</source>
        <translation>Последний результат</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Экзамен</translation>
    </message>
    <message>
        <source>Practice quiz</source>
        <translation>Тренировочный тест</translation>
    </message>
    <message>
        <source>Practical test, observed by your instructor</source>
        <translation>Практический тест под наблюдением преподавателя</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>без ограничения времени</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>проходной балл %1</translation>
    </message>
    <message>
        <source>Attempts used: %1 (no limit)</source>
        <translation>Использовано попыток: %1 (без ограничений)</translation>
    </message>
    <message>
        <source>Attempts left: %1 of %2</source>
        <translation>Осталось попыток: %1 из %2</translation>
    </message>
    <message>
        <source>best result: %1</source>
        <translation>лучший результат: %1</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ сдано</translation>
    </message>
    <message>
        <source>waiting for the instructor&apos;s marking</source>
        <translation>ожидает оценки преподавателя</translation>
    </message>
    <message>
        <source>an attempt is in progress</source>
        <translation>идёт попытка</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>No attempts left</source>
        <translation>Попыток не осталось</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
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
        <translation>Попытки</translation>
    </message>
    <message>
        <source>This attempt is in progress. Started: %1. Time limit ends: %2.</source>
        <translation>Эта попытка ещё не завершена. Начата: %1. Время истекает: %2.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <source>The time limit now ends at %1.</source>
        <translation>Новое время окончания: %1.</translation>
    </message>
    <message>
        <source>Another attempt at %1 was granted (attempts are unlimited).</source>
        <translation>Предоставлена ещё одна попытка: %1 (число попыток не ограничено).</translation>
    </message>
    <message>
        <source>Another attempt at %1 was granted: %2 attempt(s) now allowed.</source>
        <translation>Предоставлена ещё одна попытка: %1; теперь разрешено попыток: %2.</translation>
    </message>
</context>
<context>
    <name>AttemptReview</name>
    <message>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Правильный ответ</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Пункт контрольного списка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критический</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>Grader comment</source>
        <translation>Комментарий проверяющего</translation>
    </message>
    <message>
        <source>No per-question review for this attempt.</source>
        <translation>Для этой попытки нет разбора по вопросам.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Критерии оценки</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>верно</translation>
    </message>
    <message>
        <source>not correct</source>
        <translation>неверно</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>не сдано</translation>
    </message>
    <message>
        <source>partly correct</source>
        <translation>частично верно</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>сдано</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>сдана</translation>
    </message>
    <message>
        <source>waiting for grading</source>
        <translation>ожидает оценки</translation>
    </message>
</context>
<context>
    <name>AttemptStatus</name>
    <message>
        <source>In progress</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Сдана</translation>
    </message>
    <message>
        <source>Waiting for grading</source>
        <translation>Ожидает оценки</translation>
    </message>
</context>
<context>
    <name>AttemptsTableModel</name>
    <message>
        <source>Assessment</source>
        <translation>Оценивание</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Сдана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>сдано</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>не сдано</translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <source>Backup and restore</source>
        <translation>Резервное копирование и восстановление</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Сохранить резервную копию как</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Резервные копии (*.zip)</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>The backup is saved: %1 (%2).</source>
        <translation>Резервная копия сохранена: %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Выберите резервную копию для восстановления</translation>
    </message>
    <message>
        <source>Restore the backup made on %1 (UTC)?

ALL current data will be replaced by the data in the backup. The current database is saved first in the backups folder.

The program will then reopen the database and you will need to log in again.</source>
        <translation>Восстановить резервную копию, созданную %1 (UTC)?

ВСЕ текущие данные будут заменены данными из резервной копии. Текущая база данных сначала сохраняется в папке резервных копий.

Затем программа заново откроет базу данных, и вам нужно будет войти снова.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>&amp;Restore and reopen</source>
        <translation>&amp;Восстановить и открыть заново</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <source>The backup is restored and the database was reopened. Please log in again.</source>
        <translation>Резервная копия восстановлена, база данных открыта заново. Пожалуйста, войдите снова.</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <source>&amp;Issue and save</source>
        <translation>&amp;Выдать и сохранить</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Папка для сертификатов</translation>
    </message>
    <message>
        <source>There is no cohort to choose.</source>
        <translation>Нет групп для выбора.</translation>
    </message>
    <message>
        <source>No installed module gives a certificate.</source>
        <translation>Ни один установленный модуль не даёт сертификата.</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation>Выберите папку для PDF-файлов.</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message numerus="yes">
        <source>%n certificate(s) issued</source>
        <translation>
            <numerusform>Выдан %n сертификат</numerusform>
            <numerusform>Выдано %n сертификата</numerusform>
            <numerusform>Выдано %n сертификатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) skipped.</source>
        <translation>
            <numerusform>Пропущен %n слушатель.</numerusform>
            <numerusform>Пропущено %n слушателя.</numerusform>
            <numerusform>Пропущено %n слушателей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF files are in %1.</source>
        <translation>PDF-файлы находятся в папке %1.</translation>
    </message>
</context>
<context>
    <name>BatchSummaryModel</name>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
</context>
<context>
    <name>CertificateBatchDialog</name>
    <message>
        <source>Issue certificates to a cohort</source>
        <translation>Выдать сертификаты группе</translation>
    </message>
    <message>
        <source>Everyone in the cohort who has passed the module&apos;s required assessments receives a certificate; each certificate is saved as a PDF file named by its serial number. The others are listed with the reason.</source>
        <translation>Каждый слушатель группы, сдавший обязательные оценивания модуля, получает сертификат; каждый сертификат сохраняется как PDF-файл, названный по его серийному номеру. Остальные перечисляются с указанием причины.</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Save the PDF files &amp;in:</source>
        <translation>Сохранить PDF-файлы &amp;в:</translation>
    </message>
    <message>
        <source>a folder for the certificates</source>
        <translation>папка для сертификатов</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Папка для PDF-файлов</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
</context>
<context>
    <name>CertificateBatchSummary</name>
    <message>
        <source>Certificates issued</source>
        <translation>Выданные сертификаты</translation>
    </message>
    <message>
        <source>Trainees issued or skipped</source>
        <translation>Слушатели: выдано или пропущено</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
</context>
<context>
    <name>CertificateIssueDialog</name>
    <message>
        <source>Issue a certificate</source>
        <translation>Выдать сертификат</translation>
    </message>
    <message>
        <source>Type part of the trainee&apos;s name or username to find them. The certificate is issued only when the trainee has passed the assessments the module requires; issuing it again gives the same certificate.</source>
        <translation>Введите часть имени или имени пользователя слушателя, чтобы найти его. Сертификат выдаётся, только если слушатель сдал обязательные оценивания модуля; при повторной выдаче получается тот же сертификат.</translation>
    </message>
    <message>
        <source>&amp;Trainee:</source>
        <translation>&amp;Слушатель:</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
</context>
<context>
    <name>CertificateMine</name>
    <message>
        <source>My certificates</source>
        <translation>Мои сертификаты</translation>
    </message>
    <message>
        <source>The certificates your training centre issued to you. Save one as a PDF file, open it to print, or check a certificate someone shows you.</source>
        <translation>Сертификаты, выданные вам учебным центром. Сохраните сертификат как PDF-файл, откройте его для печати или проверьте сертификат, который вам показали.</translation>
    </message>
    <message>
        <source>You have no certificates yet. Pass the required exams of a module; your training centre then issues its certificate.</source>
        <translation>У вас пока нет сертификатов. Сдайте обязательные экзамены модуля; после этого учебный центр выдаст сертификат.</translation>
    </message>
    <message>
        <source>Certificate &amp;language:</source>
        <translation>&amp;Язык сертификата:</translation>
    </message>
    <message>
        <source>Language of the certificate</source>
        <translation>Язык сертификата</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PDF file</source>
        <translation>Сохранить выбранный сертификат как PDF-файл</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the selected certificate</source>
        <translation>Напечатать выбранный сертификат</translation>
    </message>
    <message>
        <source>&amp;Open in the PDF viewer</source>
        <translation>&amp;Открыть в программе просмотра PDF</translation>
    </message>
    <message>
        <source>Opens the selected certificate in this computer&apos;s PDF viewer, where you can also print it</source>
        <translation>Открывает выбранный сертификат в программе просмотра PDF на этом компьютере, где его также можно напечатать</translation>
    </message>
    <message>
        <source>&amp;Check a certificate…</source>
        <translation>Про&amp;верить сертификат…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
</context>
<context>
    <name>CertificatePapersDialog</name>
    <message>
        <source>Print exam papers</source>
        <translation>Печать экзаменационных билетов</translation>
    </message>
    <message>
        <source>Each paper draws its own questions and has its own paper number and answer sheet; enter the answers later with the paper number so they are scored against that paper.</source>
        <translation>Каждый билет содержит свой набор вопросов, свой номер и бланк ответов; позже вводите ответы вместе с номером билета, чтобы они оценивались по этому билету.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>О&amp;ценивание:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценивание</translation>
    </message>
    <message>
        <source>Number of &amp;papers:</source>
        <translation>&amp;Количество билетов:</translation>
    </message>
    <message>
        <source>Number of papers</source>
        <translation>Количество билетов</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of the papers</source>
        <translation>Язык билетов</translation>
    </message>
    <message>
        <source>Save the PDF files &amp;in:</source>
        <translation>Сохранить PDF-файлы &amp;в:</translation>
    </message>
    <message>
        <source>a folder for the papers</source>
        <translation>папка для билетов</translation>
    </message>
    <message>
        <source>Folder for the papers</source>
        <translation>Папка для билетов</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>The register of issued certificates. A certificate is issued once a trainee has passed the assessments its module requires.</source>
        <translation>Реестр выданных сертификатов. Сертификат выдаётся, когда слушатель сдал обязательные оценивания модуля.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Name or serial number</source>
        <translation>Имя или серийный номер</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Выданные сертификаты</translation>
    </message>
    <message>
        <source>&amp;Issue to a trainee…</source>
        <translation>&amp;Выдать слушателю…</translation>
    </message>
    <message>
        <source>Issue to a &amp;cohort…</source>
        <translation>Выдать &amp;группе…</translation>
    </message>
    <message>
        <source>Issue certificates to everyone in a cohort who has passed, and save their PDF files in a folder</source>
        <translation>Выдать сертификаты всем сдавшим слушателям группы и сохранить их PDF-файлы в папку</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save the selected certificate as a PDF file</source>
        <translation>Сохранить выбранный сертификат как PDF-файл</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <source>Open the selected certificate in the PDF viewer (to print it)</source>
        <translation>Открыть выбранный сертификат в программе просмотра PDF (для печати)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ото&amp;звать…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate, with the reason (administrators only)</source>
        <translation>Отозвать выбранный сертификат с указанием причины (только администраторы)</translation>
    </message>
    <message>
        <source>Chec&amp;k a certificate…</source>
        <translation>&amp;Проверить сертификат…</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Печатные документы</translation>
    </message>
    <message>
        <source>Print &amp;exam papers…</source>
        <translation>Печать &amp;экзаменационных билетов…</translation>
    </message>
    <message>
        <source>Exam papers with answer sheets, for a room without computers</source>
        <translation>Экзаменационные билеты с бланками ответов для аудитории без компьютеров</translation>
    </message>
    <message>
        <source>Cohort re&amp;port…</source>
        <translation>От&amp;чёт по группе…</translation>
    </message>
    <message>
        <source>A cohort&apos;s results as a PDF: pass rates and a trainee-by-module table</source>
        <translation>Результаты группы в PDF: доля сдавших и таблица «слушатель — модуль»</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
</context>
<context>
    <name>CertificateReportDialog</name>
    <message>
        <source>Cohort report</source>
        <translation>Отчёт по группе</translation>
    </message>
    <message>
        <source>A PDF with the cohort&apos;s pass rate per module and each trainee&apos;s best result.</source>
        <translation>PDF с долей сдавших в группе по каждому модулю и лучшим результатом каждого слушателя.</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>Save as &amp;file:</source>
        <translation>Сохранить в &amp;файл:</translation>
    </message>
    <message>
        <source>the report&apos;s PDF file</source>
        <translation>PDF-файл отчёта</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Файл отчёта</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
</context>
<context>
    <name>CertificateRevokeDialog</name>
    <message>
        <source>Revoke a certificate</source>
        <translation>Отозвать сертификат</translation>
    </message>
    <message>
        <source>A revoked certificate can no longer be verified as valid, on this computer and wherever its revocation is known. This cannot be undone.</source>
        <translation>Отозванный сертификат больше не может быть подтверждён как действительный — ни на этом компьютере, ни там, где известно о его отзыве. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Сертификат:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>for example: issued by mistake</source>
        <translation>например: выдан по ошибке</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Причина отзыва</translation>
    </message>
</context>
<context>
    <name>CertificateScreenBase</name>
    <message>
        <source>Choose a certificate in the table first.</source>
        <translation>Сначала выберите сертификат в таблице.</translation>
    </message>
    <message>
        <source>Save the certificate as</source>
        <translation>Сохранить сертификат как</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-файлы (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF of %1…</source>
        <translation>Создание PDF для %1…</translation>
    </message>
    <message>
        <source>The certificate is saved: %1</source>
        <translation>Сертификат сохранён: %1</translation>
    </message>
    <message>
        <source>The certificate is open in the PDF viewer; print it from there.</source>
        <translation>Сертификат открыт в программе просмотра PDF; напечатайте его оттуда.</translation>
    </message>
    <message>
        <source>No PDF viewer could be started. The file is here: %1</source>
        <translation>Не удалось запустить программу просмотра PDF. Файл находится здесь: %1</translation>
    </message>
    <message>
        <source>The certificate was sent to the printer.</source>
        <translation>Сертификат отправлен на печать.</translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message>
        <source>Your certificate %1 expired on %2. Ask your training centre about renewing it.</source>
        <translation>Срок действия вашего сертификата %1 истёк %2. Обратитесь в учебный центр по поводу его продления.</translation>
    </message>
    <message>
        <source>Certificate %1 issued on %2; it does not expire. Save or print it under “My certificates”.</source>
        <translation>Сертификат %1 выдан %2; он бессрочный. Сохраните или распечатайте его в разделе «Мои сертификаты».</translation>
    </message>
    <message>
        <source>Certificate %1 issued on %2, valid until %3. Save or print it under “My certificates”.</source>
        <translation>Сертификат %1 выдан %2, действителен до %3. Сохраните или распечатайте его в разделе «Мои сертификаты».</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>Valid certificate</source>
        <translation>Действительный сертификат</translation>
    </message>
    <message>
        <source>Tampered: this certificate has been altered or forged</source>
        <translation>Подделка: этот сертификат был изменён или подделан</translation>
    </message>
    <message>
        <source>Unknown signer: this certificate cannot be checked here</source>
        <translation>Неизвестный подписант: этот сертификат нельзя проверить здесь</translation>
    </message>
    <message>
        <source>Revoked: this certificate is no longer valid</source>
        <translation>Отозван: этот сертификат больше не действителен</translation>
    </message>
    <message>
        <source>Expired: this certificate is no longer valid</source>
        <translation>Срок истёк: этот сертификат больше не действителен</translation>
    </message>
    <message>
        <source>Not a certificate code: it cannot be read</source>
        <translation>Это не код сертификата: его невозможно прочитать</translation>
    </message>
    <message>
        <source>has not yet passed: %1</source>
        <translation>ещё не сдал(а): %1</translation>
    </message>
    <message>
        <source>the module gives no certificate</source>
        <translation>модуль не даёт сертификата</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>No certificates have been issued yet.</source>
        <translation>Сертификаты ещё не выдавались.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s).</source>
        <translation>
            <numerusform>%n сертификат.</numerusform>
            <numerusform>%n сертификата.</numerusform>
            <numerusform>%n сертификатов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 certificates shown.</source>
        <translation>Показано сертификатов: %1 из %2.</translation>
    </message>
    <message>
        <source>Certificate %1 is issued to %2.</source>
        <translation>Сертификат %1 выдан слушателю %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued</source>
        <translation>
            <numerusform>Выдан %n сертификат</numerusform>
            <numerusform>Выдано %n сертификата</numerusform>
            <numerusform>Выдано %n сертификатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) skipped.</source>
        <translation>
            <numerusform>Пропущен %n слушатель.</numerusform>
            <numerusform>Пропущено %n слушателя.</numerusform>
            <numerusform>Пропущено %n слушателей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 is revoked.</source>
        <translation>Сертификат %1 отозван.</translation>
    </message>
    <message numerus="yes">
        <source>%n exam paper(s) saved</source>
        <translation>
            <numerusform>Сохранён %n экзаменационный билет</numerusform>
            <numerusform>Сохранено %n экзаменационных билета</numerusform>
            <numerusform>Сохранено %n экзаменационных билетов</numerusform>
        </translation>
    </message>
    <message>
        <source>The cohort report is saved: %1</source>
        <translation>Отчёт по группе сохранён: %1</translation>
    </message>
</context>
<context>
    <name>CertificatesTableModel</name>
    <message>
        <source>Serial</source>
        <extracomment>the state of a row (valid, expired or revoked), for tests and delegates</extracomment>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n балл</numerusform>
            <numerusform>%n балла</numerusform>
            <numerusform>%n баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 балла</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Not met, this item fails the test whatever the percent.</source>
        <translation>Если этот пункт не выполнен, тест не сдан при любом проценте.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критический</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>optional: what you observed</source>
        <translation>необязательно: что вы наблюдали</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>CohortAssignDialog</name>
    <message>
        <source>Assign a module</source>
        <translation>Назначить модуль</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Trainees see the due date on their home screen; after it, unfinished work shows as overdue. Assigning a module again changes its due date.</source>
        <translation>Слушатели видят срок на главном экране; после него незавершённая работа отмечается как просроченная. Повторное назначение модуля меняет его срок.</translation>
    </message>
</context>
<context>
    <name>CohortEnrolDialog</name>
    <message>
        <source>Enrol trainees</source>
        <translation>Зачислить слушателей</translation>
    </message>
    <message>
        <source>Tick the trainees to enrol (Space ticks the current row). Trainees already in the cohort are not listed.</source>
        <translation>Отметьте слушателей для зачисления (Пробел отмечает текущую строку). Слушатели, уже состоящие в группе, не показаны.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation>Имя или имя пользователя</translation>
    </message>
    <message>
        <source>Trainees to choose from</source>
        <translation>Слушатели для выбора</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Отметить все показанные</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Снять все отметки</translation>
    </message>
</context>
<context>
    <name>CohortNewDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Cohort &amp;name:</source>
        <translation>&amp;Название группы:</translation>
    </message>
    <message>
        <source>for example: Border guards, spring 2025</source>
        <translation>например: Пограничники, весна 2025</translation>
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation>&amp;Преподаватель:</translation>
    </message>
</context>
<context>
    <name>CohortReportDialog</name>
    <message>
        <source>&amp;Save the report</source>
        <translation>&amp;Сохранить отчёт</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-файлы (*.pdf)</translation>
    </message>
    <message>
        <source>There is no cohort to choose.</source>
        <translation>Нет групп для выбора.</translation>
    </message>
    <message>
        <source>Choose the file for the report.</source>
        <translation>Выберите файл для отчёта.</translation>
    </message>
</context>
<context>
    <name>CohortScreen</name>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>Сдано модулей</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Группа: %1</translation>
    </message>
    <message>
        <source>%1 trainee(s), %2 module(s)</source>
        <translation>Слушателей: %1, модулей: %2</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(показано: %1)</translation>
    </message>
    <message>
        <source>Remove %1 from the cohort %2? Their results are kept.</source>
        <translation>Исключить %1 из группы %2? Результаты слушателя сохранятся.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>Исключить из группы</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Прогресс</translation>
    </message>
    <message>
        <source>&amp;Find a trainee:</source>
        <translation>&amp;Найти слушателя:</translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation>Имя или имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Load the latest progress (F5)</source>
        <translation>Загрузить актуальный прогресс (F5)</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Загрузка прогресса</translation>
    </message>
    <message>
        <source>Progress of trainees by module</source>
        <translation>Прогресс слушателей по модулям</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Обозначения:</translation>
    </message>
    <message>
        <source>Double-click a module cell, or select it and press Enter, to see that trainee&apos;s attempts, review them, give extra time or another attempt.</source>
        <translation>Дважды щёлкните ячейку модуля или выделите её и нажмите Enter, чтобы увидеть попытки этого слушателя, проверить их, дать дополнительное время или ещё одну попытку.</translation>
    </message>
    <message>
        <source>&amp;Trainees</source>
        <translation>&amp;Слушатели</translation>
    </message>
    <message>
        <source>Trainees in the cohort</source>
        <translation>Слушатели группы</translation>
    </message>
    <message>
        <source>&amp;Enrol trainees…</source>
        <translation>&amp;Зачислить слушателей…</translation>
    </message>
    <message>
        <source>Re&amp;move from cohort</source>
        <translation>&amp;Исключить из группы</translation>
    </message>
    <message>
        <source>Mo&amp;dules</source>
        <translation>&amp;Модули</translation>
    </message>
    <message>
        <source>Modules assigned to the cohort</source>
        <translation>Модули, назначенные группе</translation>
    </message>
    <message>
        <source>&amp;Assign module…</source>
        <translation>Н&amp;азначить модуль…</translation>
    </message>
    <message>
        <source>Assigning a module again changes its due date.</source>
        <translation>При повторном назначении модуля его срок изменяется.</translation>
    </message>
</context>
<context>
    <name>CohortsTableModel</name>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Слушатели</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
</context>
<context>
    <name>DataCommon</name>
    <message>
        <source>exam</source>
        <translation>экзамен</translation>
    </message>
    <message>
        <source>practice quiz</source>
        <translation>тренировочный тест</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>практический тест</translation>
    </message>
</context>
<context>
    <name>DataExchangeScreen</name>
    <message>
        <source>This computer: %1 (computer id %2).</source>
        <translation>Этот компьютер: %1 (идентификатор компьютера %2).</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Обмен данными</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n trainee(s))</source>
        <translation>
            <numerusform>%1 (%n слушатель)</numerusform>
            <numerusform>%1 (%n слушателя)</numerusform>
            <numerusform>%1 (%n слушателей)</numerusform>
        </translation>
    </message>
    <message>
        <source>No cohorts yet.</source>
        <translation>Групп пока нет.</translation>
    </message>
    <message>
        <source>Choose the folder for bundles</source>
        <translation>Выберите папку для пакетов</translation>
    </message>
    <message>
        <source>Choose the folder for the bundles first.</source>
        <translation>Сначала выберите папку для пакетов.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Is the USB stick plugged in?</source>
        <translation>Папка %1 не существует. Подключён ли USB-накопитель?</translation>
    </message>
    <message>
        <source>Writing the results bundle %1…</source>
        <translation>Запись пакета результатов %1…</translation>
    </message>
    <message>
        <source>Check at least one cohort for the post.</source>
        <translation>Отметьте хотя бы одну группу для поста.</translation>
    </message>
    <message>
        <source>Writing the distribution bundle %1…</source>
        <translation>Запись пакета рассылки %1…</translation>
    </message>
    <message>
        <source>Choose a bundle to import</source>
        <translation>Выберите пакет для импорта</translation>
    </message>
    <message>
        <source>Bundles (*.zip);;All files (*)</source>
        <translation>Пакеты (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking and merging %1…</source>
        <translation>Проверка и объединение %1…</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing was imported.</source>
        <translation>Пакет отклонён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Bundle refused</source>
        <translation>Пакет отклонён</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>На этом компьютере ничего не изменено.</translation>
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
        <translation>Что-то пошло не так. Сохранённая работа не потеряна. Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Зачислить</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) ticked</source>
        <translation>
            <numerusform>Отмечен %n слушатель</numerusform>
            <numerusform>Отмечено %n слушателя</numerusform>
            <numerusform>Отмечено %n слушателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Essay</name>
    <message>
        <source>Your &amp;answer:</source>
        <translation>&amp;Ваш ответ:</translation>
    </message>
    <message>
        <source>Words: %1 of at most %2</source>
        <translation>Слов: %1 (не более %2)</translation>
    </message>
    <message>
        <source>too long, please shorten your answer</source>
        <translation>слишком длинно, сократите ответ</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Слов: %1</translation>
    </message>
</context>
<context>
    <name>EssayQueueModel</name>
    <message>
        <source>Submitted</source>
        <translation>Дата сдачи</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценивание</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
</context>
<context>
    <name>ExportCountsModel</name>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Количество записей</translation>
    </message>
</context>
<context>
    <name>ExportResults</name>
    <message>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>Save the finished attempts you may see as a file: CSV for Excel, an Excel workbook with the answers, learning outcomes and item statistics, or xAPI statements for a learning record store.</source>
        <translation>Сохраните доступные вам завершённые попытки в файл: CSV для Excel, книгу Excel с ответами, результатами обучения и статистикой по вопросам или записи xAPI для хранилища учебных записей (LRS).</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Время сдачи:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Save as &amp;file:</source>
        <translation>Со&amp;хранить в файл:</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>файл для записи</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
</context>
<context>
    <name>ExportResultsScreen</name>
    <message>
        <source>CSV for Excel (one row per attempt)</source>
        <translation>CSV для Excel (одна строка на попытку)</translation>
    </message>
    <message>
        <source>CSV for Excel (learning outcomes: one row per trainee and outcome)</source>
        <translation>CSV для Excel (результаты обучения: строка на слушателя и результат)</translation>
    </message>
    <message>
        <source>Excel workbook (attempts, answers, trainees, outcomes, items)</source>
        <translation>Книга Excel (попытки, ответы, слушатели, результаты обучения, задания)</translation>
    </message>
    <message>
        <source>xAPI statements (JSON, for a learning record store)</source>
        <translation>Записи xAPI (JSON, для хранилища учебных записей)</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Все модули</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-файлы (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-файлы (*.json)</translation>
    </message>
    <message>
        <source>Export the results as</source>
        <translation>Экспортировать результаты как</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>The first day must not come after the last day.</source>
        <translation>Первый день не может быть позже последнего.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) exported</source>
        <translation>
            <numerusform>Экспортирована %n попытка</numerusform>
            <numerusform>Экспортировано %n попытки</numerusform>
            <numerusform>Экспортировано %n попыток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer row(s).</source>
        <translation>
            <numerusform>%n строка ответов.</numerusform>
            <numerusform>%n строки ответов.</numerusform>
            <numerusform>%n строк ответов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s).</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning-outcome row(s).</source>
        <translation>
            <numerusform>%n строка результатов обучения.</numerusform>
            <numerusform>%n строки результатов обучения.</numerusform>
            <numerusform>%n строк результатов обучения.</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished attempt matches the choices above.</source>
        <translation>Нет завершённых попыток, соответствующих выбранным условиям.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start</source>
        <extracomment>Installs modules as `actor`; reports (done, total); returns how many modules it installed.</extracomment>
        <translation>Первый запуск</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Go to &amp;login</source>
        <translation>Перейти ко &amp;входу</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message numerus="yes">
        <source>The administrator account &apos;%1&apos; is ready and %n module(s) are installed.</source>
        <translation>
            <numerusform>Учётная запись администратора «%1» готова, установлен %n модуль.</numerusform>
            <numerusform>Учётная запись администратора «%1» готова, установлено %n модуля.</numerusform>
            <numerusform>Учётная запись администратора «%1» готова, установлено %n модулей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the training centre.</source>
        <translation>Введите название учебного центра.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
    <message>
        <source>The username needs 2 to 64 characters: letters a–z, digits, dots, dashes or underscores.</source>
        <translation>Имя пользователя должно содержать от 2 до 64 символов: буквы a–z, цифры, точки, дефисы или знаки подчёркивания.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Введите полное имя администратора.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>Пароль не должен начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) installed.</source>
        <translation>
            <numerusform>Установлен %n модуль.</numerusform>
            <numerusform>Установлено %n модуля.</numerusform>
            <numerusform>Установлено %n модулей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Установка…</translation>
    </message>
    <message>
        <source>Installed %1 of %2…</source>
        <translation>Установлено %1 из %2…</translation>
    </message>
    <message>
        <source>This did not work. The details are in the log file.</source>
        <translation>Не получилось. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>Welcome to MOBILAZE Training</source>
        <translation>Добро пожаловать в MOBILAZE Training</translation>
    </message>
    <message>
        <source>This computer is not set up yet. In a few steps you will name the training centre, create the administrator account and install the standard training modules.</source>
        <translation>Этот компьютер ещё не настроен. За несколько шагов вы укажете название учебного центра, создадите учётную запись администратора и установите стандартные учебные модули.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Training centre</source>
        <translation>Учебный центр</translation>
    </message>
    <message>
        <source>The name of the training centre is shown on the login screen, in reports and on certificates. You can change it later in the settings.</source>
        <translation>Название учебного центра отображается на экране входа, в отчётах и на сертификатах. Его можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>&amp;Name of the training centre:</source>
        <translation>&amp;Название учебного центра:</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Учётная запись администратора</translation>
    </message>
    <message>
        <source>The administrator adds instructors and trainees, installs modules and makes backups. Choose a password of at least 8 characters and keep it safe.</source>
        <translation>Администратор добавляет преподавателей и слушателей, устанавливает модули и создаёт резервные копии. Выберите пароль не короче 8 символов и храните его в надёжном месте.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Полное имя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Пов&amp;торите пароль:</translation>
    </message>
    <message>
        <source>Standard modules</source>
        <translation>Стандартные модули</translation>
    </message>
    <message>
        <source>The training modules that come with the program are being installed. This takes a moment.</source>
        <translation>Устанавливаются учебные модули, входящие в комплект программы. Это займёт немного времени.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Попробовать &amp;снова</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Log in with the administrator account to add instructors and trainees, form cohorts and assign modules.</source>
        <translation>Войдите под учётной записью администратора, чтобы добавить преподавателей и слушателей, сформировать группы и назначить модули.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; На&amp;зад</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Please log in again.</source>
        <translation>Пожалуйста, войдите снова.</translation>
    </message>
</context>
<context>
    <name>GenerateKeyDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Save the private key as</source>
        <translation>Сохранить закрытый ключ как</translation>
    </message>
    <message>
        <source>Private keys (*.pem)</source>
        <translation>Закрытые ключи (*.pem)</translation>
    </message>
    <message>
        <source>Give the key a label, for example the publisher&apos;s name.</source>
        <translation>Дайте ключу метку, например имя издателя.</translation>
    </message>
    <message>
        <source>Choose where to save the private key.</source>
        <translation>Выберите, где сохранить закрытый ключ.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>GradingQueue</name>
    <message>
        <source>Essays waiting for grading</source>
        <translation>Эссе, ожидающие оценки</translation>
    </message>
    <message>
        <source>No essays wait for grading. Well done!</source>
        <translation>Нет эссе, ожидающих оценки. Отлично!</translation>
    </message>
    <message>
        <source>&amp;Queue (oldest first):</source>
        <translation>&amp;Очередь (сначала старые):</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Ru&amp;bric:</source>
        <translation>&amp;Критерии:</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Критерии оценки</translation>
    </message>
    <message>
        <source>Trainee&apos;s &amp;response:</source>
        <translation>Ответ с&amp;лушателя:</translation>
    </message>
    <message>
        <source>Trainee&apos;s response</source>
        <translation>Ответ слушателя</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Балл:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>&amp;Comment for the trainee (optional):</source>
        <translation>Ко&amp;мментарий для слушателя (необязательно):</translation>
    </message>
    <message>
        <source>Comment for the trainee</source>
        <translation>Комментарий для слушателя</translation>
    </message>
    <message>
        <source>Save &amp;grade</source>
        <translation>Сохранить о&amp;ценку</translation>
    </message>
    <message>
        <source>Save the score and go to the next essay (Ctrl+Enter)</source>
        <translation>Сохранить балл и перейти к следующему эссе (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>GradingScreen</name>
    <message>
        <source>Essay grading</source>
        <translation>Оценка эссе</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, %4, question %5 — submitted %6</source>
        <translation>%1 (%2) — %3, %4, вопрос %5 — сдано %6</translation>
    </message>
    <message>
        <source>of %1 point(s)</source>
        <translation>из %1 б.</translation>
    </message>
    <message>
        <source>Saved. %1&apos;s attempt has more essays to grade.</source>
        <translation>Сохранено. В попытке слушателя %1 есть ещё эссе для оценки.</translation>
    </message>
    <message>
        <source>Saved. %1&apos;s attempt is complete: %2, passed.</source>
        <translation>Сохранено. Попытка слушателя %1 завершена: %2, сдано.</translation>
    </message>
    <message>
        <source>Saved. %1&apos;s attempt is complete: %2, not passed.</source>
        <translation>Сохранено. Попытка слушателя %1 завершена: %2, не сдано.</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Доверять этому ключу</translation>
    </message>
    <message>
        <source>Choose the public key file</source>
        <translation>Выберите файл открытого ключа</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>Открытые ключи (*.pub *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation>Выберите файл ключа.</translation>
    </message>
</context>
<context>
    <name>ImportNotesModel</name>
    <message>
        <source>Kind</source>
        <extracomment>True on the rows that deserve a look (a weak question, an error)</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>File:line</source>
        <translation>Файл:строка</translation>
    </message>
    <message>
        <source>Question or field</source>
        <translation>Вопрос или поле</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>Import questions</source>
        <translation>Импорт вопросов</translation>
    </message>
    <message>
        <source>Convert a question bank exported from Moodle or another system (GIFT, Moodle XML, Aiken or QTI 2.1) into a bank file for a course module. What a bank cannot hold exactly is listed as a warning with its line; a file with errors writes nothing.</source>
        <translation>Преобразуйте банк вопросов, экспортированный из Moodle или другой системы (GIFT, Moodle XML, Aiken или QTI 2.1), в файл банка для учебного модуля. То, что банк не может сохранить в точности, выводится как предупреждение с номером строки; если в файле есть ошибки, ничего не записывается.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>&amp;Source file:</source>
        <translation>&amp;Исходный файл:</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>файл для импорта</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Исходный файл</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Bank file to write:</source>
        <translation>Файл &amp;банка для записи:</translation>
    </message>
    <message>
        <source>a .yaml file in the module&apos;s questions folder</source>
        <translation>файл .yaml в папке questions модуля</translation>
    </message>
    <message>
        <source>Bank file to write</source>
        <translation>Файл банка для записи</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>&amp;Язык вопросов:</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Язык вопросов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Им&amp;порт</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Предупреждения и ошибки</translation>
    </message>
</context>
<context>
    <name>ImportQuestionsScreen</name>
    <message>
        <source>GIFT (Moodle text format)</source>
        <extracomment>file name patterns offered when choosing a source file, per format</extracomment>
        <translation>GIFT (текстовый формат Moodle)</translation>
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
        <translation>Импорт вопросов</translation>
    </message>
    <message>
        <source>Question files (%1);;All files (*)</source>
        <translation>Файлы вопросов (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>Write the question bank as</source>
        <translation>Записать банк вопросов как</translation>
    </message>
    <message>
        <source>Question banks (*.yaml)</source>
        <translation>Банки вопросов (*.yaml)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Выберите файл для импорта.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <source>Choose where to write the question bank.</source>
        <translation>Выберите, куда записать банк вопросов.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported</source>
        <translation>
            <numerusform>Импортирован %n вопрос</numerusform>
            <numerusform>Импортировано %n вопроса</numerusform>
            <numerusform>Импортировано %n вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the table.</source>
        <translation>
            <numerusform>%n предупреждение: см. таблицу.</numerusform>
            <numerusform>%n предупреждения: см. таблицу.</numerusform>
            <numerusform>%n предупреждений: см. таблицу.</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Предупреждений нет.</translation>
    </message>
    <message>
        <source>Add the bank to a module&apos;s questions folder and check the module.</source>
        <translation>Добавьте банк в папку questions модуля и проверьте модуль.</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported: %n problem(s) found; nothing was written.</source>
        <translation>
            <numerusform>Файл не импортирован: обнаружена %n проблема; ничего не записано.</numerusform>
            <numerusform>Файл не импортирован: обнаружены %n проблемы; ничего не записано.</numerusform>
            <numerusform>Файл не импортирован: обнаружено %n проблем; ничего не записано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstructorHome</name>
    <message>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Essays waiting for grading: %1.</source>
        <translation>Эссе, ожидающих оценки: %1.</translation>
    </message>
    <message>
        <source>No essays wait for grading.</source>
        <translation>Нет эссе, ожидающих оценки.</translation>
    </message>
    <message>
        <source>Your cohorts</source>
        <translation>Ваши группы</translation>
    </message>
    <message>
        <source>Open a cohort to see its progress grid, enrol trainees and assign modules with due dates.</source>
        <translation>Откройте группу, чтобы увидеть таблицу прогресса, зачислить слушателей и назначить модули со сроками.</translation>
    </message>
    <message>
        <source>&amp;Find a cohort:</source>
        <translation>&amp;Найти группу:</translation>
    </message>
    <message>
        <source>Part of the cohort name</source>
        <translation>Часть названия группы</translation>
    </message>
    <message>
        <source>There are no cohorts yet. Press “New cohort…” to create the first one.</source>
        <translation>Групп пока нет. Нажмите «Создать группу…», чтобы создать первую.</translation>
    </message>
    <message>
        <source>O&amp;pen cohort</source>
        <translation>&amp;Открыть группу</translation>
    </message>
    <message>
        <source>Pr&amp;actical test</source>
        <translation>&amp;Практический тест</translation>
    </message>
    <message>
        <source>Record a practical test observed in a simulated situation; see a trainee&apos;s learning outcomes</source>
        <translation>Запись практического теста, проведённого под наблюдением в имитированной ситуации; результаты обучения слушателя</translation>
    </message>
    <message>
        <source>Certificates and results</source>
        <translation>Сертификаты и результаты</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>Сер&amp;тификаты</translation>
    </message>
    <message>
        <source>Issue certificates, print exam papers and cohort reports</source>
        <translation>Выдача сертификатов, печать экзаменационных билетов и отчётов по группам</translation>
    </message>
    <message>
        <source>Import &amp;questions</source>
        <translation>Импорт &amp;вопросов</translation>
    </message>
    <message>
        <source>Convert GIFT, Moodle XML, Aiken or QTI questions into a module&apos;s bank</source>
        <translation>Преобразование вопросов GIFT, Moodle XML, Aiken или QTI в банк вопросов модуля</translation>
    </message>
    <message>
        <source>E&amp;xport results</source>
        <translation>Экспорт &amp;результатов</translation>
    </message>
    <message>
        <source>&amp;Item analysis</source>
        <translation>&amp;Анализ вопросов</translation>
    </message>
    <message>
        <source>How each question of an exam worked</source>
        <translation>Как работал каждый вопрос экзамена</translation>
    </message>
    <message>
        <source>Progress, trainees and modules of the selected cohort (Enter)</source>
        <translation>Прогресс, слушатели и модули выбранной группы (Enter)</translation>
    </message>
    <message>
        <source>&amp;New cohort…</source>
        <translation>&amp;Создать группу…</translation>
    </message>
    <message>
        <source>Essay &amp;grading queue</source>
        <translation>Очередь оценки &amp;эссе</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Part of the name or username</source>
        <translation>Часть имени или имени пользователя</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message>
        <source>Choose the trainee.</source>
        <translation>Выберите слушателя.</translation>
    </message>
    <message>
        <source>No installed module gives a certificate.</source>
        <translation>Ни один из установленных модулей не выдаёт сертификат.</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisScreen</name>
    <message>
        <source>All cohorts</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>Анализ вопросов</translation>
    </message>
    <message>
        <source>Choose a module and one of its exams or quizzes.</source>
        <translation>Выберите модуль и один из его экзаменов или тестов.</translation>
    </message>
    <message>
        <source>Reading the attempts…</source>
        <translation>Чтение попыток…</translation>
    </message>
    <message>
        <source>No scored attempt of this assessment yet.</source>
        <translation>У этого оценивания пока нет оценённых попыток.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n attempt(s) each</source>
        <translation>
            <numerusform>до %n попытки на каждый</numerusform>
            <numerusform>до %n попыток на каждый</numerusform>
            <numerusform>до %n попыток на каждый</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n требует проверки</numerusform>
            <numerusform>%n требуют проверки</numerusform>
            <numerusform>%n требуют проверки</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the table as</source>
        <translation>Сохранить таблицу как</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-файлы (*.csv)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Пометки</translation>
    </message>
    <message>
        <source>The table could not be saved: %1</source>
        <translation>Не удалось сохранить таблицу: %1</translation>
    </message>
    <message>
        <source>The table is saved: %1</source>
        <translation>Таблица сохранена: %1</translation>
    </message>
</context>
<context>
    <name>ItemStatsModel</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Лёгкость</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>Полный балл</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Дискриминативность</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Текст вопроса</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>слишком сложный</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>слишком лёгкий</translation>
    </message>
    <message>
        <source>separates weakly</source>
        <translation>слабо различает</translation>
    </message>
    <message>
        <source>weaker trainees do better: check the key</source>
        <translation>слабые слушатели отвечают лучше: проверьте ключ ответов</translation>
    </message>
    <message>
        <source>too few attempts to judge</source>
        <translation>слишком мало попыток для вывода</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>одиночный выбор</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>множественный выбор</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>верно или неверно</translation>
    </message>
    <message>
        <source>short answer</source>
        <translation>краткий ответ</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>сопоставление</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>упорядочивание</translation>
    </message>
    <message>
        <source>essay</source>
        <translation>эссе</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
</context>
<context>
    <name>ItemsAnalysis</name>
    <message>
        <source>Item analysis</source>
        <translation>Анализ вопросов</translation>
    </message>
    <message>
        <source>How each question of an assessment worked, over the scored attempts you may see. Facility is the share of the points trainees earned (0 to 1); discrimination shows how well a question separates stronger from weaker trainees (−1 to 1, below 0.2 is weak). Questions marked ⚠ Review deserve a look.</source>
        <translation>Как работал каждый вопрос оценивания по доступным вам оценённым попыткам. Лёгкость — доля баллов, набранных слушателями (от 0 до 1); дискриминативность показывает, насколько хорошо вопрос отделяет сильных слушателей от слабых (от −1 до 1, ниже 0,2 — слабая). На вопросы с пометкой «⚠ Проверить» стоит обратить внимание.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Оценивание:</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценивание</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>Questions and their statistics</source>
        <translation>Вопросы и их статистика</translation>
    </message>
    <message>
        <source>&amp;Save the table as CSV…</source>
        <translation>&amp;Сохранить таблицу в CSV…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>The files could not be written: %1</source>
        <translation>Не удалось записать файлы: %1</translation>
    </message>
</context>
<context>
    <name>JobScreen</name>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Остановлено; ничего не записано.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>KeysGenerateDialog</name>
    <message>
        <source>Generate a publisher key pair</source>
        <translation>Создать пару ключей издателя</translation>
    </message>
    <message>
        <source>Creates a key pair for signing modules: a private key file (keep it secret and backed up: whoever has it can sign modules) and a public key file (.pub) for the computers that should trust those modules.</source>
        <translation>Создаёт пару ключей для подписи модулей: файл закрытого ключа (храните его в секрете и сделайте резервную копию: любой, у кого он есть, может подписывать модули) и файл открытого ключа (.pub) для компьютеров, которые должны доверять этим модулям.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>for example: MOBILAZE course team</source>
        <translation>например: команда курса MOBILAZE</translation>
    </message>
    <message>
        <source>&amp;Private key file:</source>
        <translation>&amp;Файл закрытого ключа:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Файл закрытого ключа</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Trust this key on this computer too</source>
        <translation>&amp;Доверять этому ключу и на этом компьютере</translation>
    </message>
</context>
<context>
    <name>KeysImportDialog</name>
    <message>
        <source>Import a key</source>
        <translation>Импорт ключа</translation>
    </message>
    <message>
        <source>What is the key for?</source>
        <translation>Для чего этот ключ?</translation>
    </message>
    <message>
        <source>A &amp;computer&apos;s key: accept the bundles made on that computer</source>
        <translation>Ключ &amp;компьютера: принимать пакеты, созданные на этом компьютере</translation>
    </message>
    <message>
        <source>A &amp;publisher&apos;s key: trust the modules signed with it</source>
        <translation>Ключ &amp;издателя: доверять модулям, подписанным этим ключом</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Файл ключа:</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>optional: the label in the file is kept</source>
        <translation>необязательно: сохраняется метка из файла</translation>
    </message>
    <message>
        <source>The key file is the one-line .pub file saved on the other computer (Keys, Save to a file).</source>
        <translation>Файл ключа — это однострочный файл .pub, сохранённый на другом компьютере (Ключи, Сохранить в файл).</translation>
    </message>
</context>
<context>
    <name>KeysScreen</name>
    <message>
        <source>Keys and trust</source>
        <translation>Ключи и доверие</translation>
    </message>
    <message>
        <source>The public key is copied; paste it into a message.</source>
        <translation>Открытый ключ скопирован; вставьте его в сообщение.</translation>
    </message>
    <message>
        <source>Save this computer&apos;s public key as</source>
        <translation>Сохранить открытый ключ этого компьютера как</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Открытые ключи (*.pub)</translation>
    </message>
    <message>
        <source>The public key is saved: %1. Give it to the other side.</source>
        <translation>Открытый ключ сохранён: %1. Передайте его другой стороне.</translation>
    </message>
    <message>
        <source>The key %1 of computer %2 is trusted: its bundles are accepted.</source>
        <translation>Ключ %1 компьютера %2 считается доверенным: его пакеты принимаются.</translation>
    </message>
    <message>
        <source>The publisher key %1 is trusted: modules signed with it are accepted.</source>
        <translation>Ключ издателя %1 считается доверенным: подписанные им модули принимаются.</translation>
    </message>
    <message>
        <source>Choose a key in the table first.</source>
        <translation>Сначала выберите ключ в таблице.</translation>
    </message>
    <message>
        <source>Stop trusting the key %1 (%2)?</source>
        <translation>Перестать доверять ключу %1 (%2)?</translation>
    </message>
    <message>
        <source>Bundles signed with it will be refused until it is imported again.</source>
        <translation>Подписанные им пакеты будут отклоняться, пока ключ не будет импортирован снова.</translation>
    </message>
    <message>
        <source>Modules signed only with it will be treated as unsigned.</source>
        <translation>Модули, подписанные только им, будут считаться неподписанными.</translation>
    </message>
    <message>
        <source>Remove a trusted key</source>
        <translation>Удалить доверенный ключ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <source>The key %1 is no longer trusted.</source>
        <translation>Ключ %1 больше не считается доверенным.</translation>
    </message>
    <message>
        <source>The publisher key %1 is made. Private key: %2 (keep it secret). Public key: %3.</source>
        <translation>Ключ издателя %1 создан. Закрытый ключ: %2 (храните его в секрете). Открытый ключ: %3.</translation>
    </message>
    <message>
        <source>This computer trusts it.</source>
        <translation>Этот компьютер доверяет ему.</translation>
    </message>
    <message>
        <source>Unsigned modules are accepted again.</source>
        <translation>Неподписанные модули снова принимаются.</translation>
    </message>
    <message>
        <source>Only signed modules are accepted now. No publisher key is trusted yet: every new module is refused until you import one.</source>
        <translation>Теперь принимаются только подписанные модули. Доверенных ключей издателей пока нет: каждый новый модуль будет отклоняться, пока вы не импортируете ключ.</translation>
    </message>
    <message>
        <source>Only modules signed by a trusted publisher are accepted now.</source>
        <translation>Теперь принимаются только модули, подписанные доверенным издателем.</translation>
    </message>
    <message>
        <source>Bundles and modules are signed. This computer accepts a bundle only from a computer whose key is registered here, and a signed module only from a trusted publisher.</source>
        <translation>Пакеты и модули подписываются. Этот компьютер принимает пакет только от компьютера, ключ которого зарегистрирован здесь, а подписанный модуль — только от доверенного издателя.</translation>
    </message>
    <message>
        <source>This computer&apos;s key</source>
        <translation>Ключ этого компьютера</translation>
    </message>
    <message>
        <source>Computer id:</source>
        <translation>ID компьютера:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>ID ключа:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>&amp;Открытый ключ:</translation>
    </message>
    <message>
        <source>This computer&apos;s public key</source>
        <translation>Открытый ключ этого компьютера</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the public key line, to paste it into a message</source>
        <translation>Скопировать строку открытого ключа, чтобы вставить её в сообщение</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>Save the public key as a .pub file, for example on a USB stick</source>
        <translation>Сохранить открытый ключ как файл .pub, например на USB-накопитель</translation>
    </message>
    <message>
        <source>Headquarters registers the key of each post so that it accepts the post&apos;s results bundles; a post registers the key of headquarters so that it accepts its distribution bundles.</source>
        <translation>Центральный офис регистрирует ключ каждого поста, чтобы принимать его пакеты результатов; пост регистрирует ключ центрального офиса, чтобы принимать его пакеты рассылки.</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Доверенные ключи</translation>
    </message>
    <message>
        <source>&amp;Import a key…</source>
        <translation>&amp;Импортировать ключ…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Stop trusting the chosen key</source>
        <translation>Перестать доверять выбранному ключу</translation>
    </message>
    <message>
        <source>Module publishers</source>
        <translation>Издатели модулей</translation>
    </message>
    <message>
        <source>A publisher signs modules with a private key; computers that trust its public key can check that a module was not altered.</source>
        <translation>Издатель подписывает модули закрытым ключом; компьютеры, доверяющие его открытому ключу, могут проверить, что модуль не был изменён.</translation>
    </message>
    <message>
        <source>&amp;Generate a publisher key pair…</source>
        <translation>Создать &amp;пару ключей издателя…</translation>
    </message>
    <message>
        <source>Refuse &amp;unsigned modules: install only modules signed by a trusted publisher</source>
        <translation>Отклонять &amp;неподписанные модули: устанавливать только модули, подписанные доверенным издателем</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>This lesson is not available in your language; it is shown in %1.</source>
        <translation>Этот урок недоступен на вашем языке; он показан на другом языке: %1.</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Урок %1 из %2</translation>
    </message>
    <message>
        <source>&amp;Back to the module</source>
        <translation>&amp;К модулю</translation>
    </message>
    <message>
        <source>&amp;Next lesson →</source>
        <translation>&amp;Следующий урок →</translation>
    </message>
    <message>
        <source>✓ Marked as read</source>
        <translation>✓ Отмечено как прочитанное</translation>
    </message>
    <message>
        <source>Links to other places are not opened here.</source>
        <translation>Ссылки на другие ресурсы здесь не открываются.</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Размер текста:</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Уменьшить текст (Ctrl+-)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Уменьшить текст</translation>
    </message>
    <message>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Обычный размер текста (Ctrl+0)</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Увеличить текст (Ctrl+=)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Увеличить текст</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Текст урока</translation>
    </message>
    <message>
        <source>← &amp;Previous lesson</source>
        <translation>← &amp;Предыдущий урок</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>for example: aliyev.hasan</source>
        <translation>например: aliyev.hasan</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Logging in is not possible right now. The details are in the log file.</source>
        <translation>Сейчас войти невозможно. Подробности — в файле журнала.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many failed logins. Try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>Учётная запись заблокирована после слишком большого числа неудачных попыток входа. Повторите попытку через %n минуту или попросите администратора разблокировать её.</numerusform>
            <numerusform>Учётная запись заблокирована после слишком большого числа неудачных попыток входа. Повторите попытку через %n минуты или попросите администратора разблокировать её.</numerusform>
            <numerusform>Учётная запись заблокирована после слишком большого числа неудачных попыток входа. Повторите попытку через %n минут или попросите администратора разблокировать её.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The username or password is not right. Check the keyboard language and Caps Lock.</source>
        <translation>Неверное имя пользователя или пароль. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <source>MOBILAZE Training</source>
        <translation>MOBILAZE Training</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Forgot your password? Ask your administrator to reset it.</source>
        <translation>Забыли пароль? Попросите администратора сбросить его.</translation>
    </message>
    <message>
        <source>Check a &amp;certificate…</source>
        <translation>Проверить &amp;сертификат…</translation>
    </message>
    <message>
        <source>Check whether a certificate is genuine, without logging in</source>
        <translation>Проверить подлинность сертификата без входа в систему</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>MOBILAZE Training</source>
        <translation>MOBILAZE Training</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>MergeCountsModel</name>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Kept local</source>
        <translation>Оставлены локальные</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>The copy on this computer was newer or final, and was kept.</source>
        <translation>Копия на этом компьютере была новее или окончательной, поэтому она сохранена.</translation>
    </message>
    <message>
        <source>Both sides had changed the record; the version not kept is in the audit log.</source>
        <translation>Обе стороны изменили запись; несохранённая версия находится в журнале аудита.</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation>Прочитано уроков</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть: %1</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Сдано</translation>
    </message>
    <message>
        <source>Waiting for the instructor to mark an essay</source>
        <translation>Ожидается оценка эссе преподавателем</translation>
    </message>
    <message>
        <source>An attempt is in progress</source>
        <translation>Идёт попытка</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>best result: %1</source>
        <translation>лучший результат: %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>просрочено с %1</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>срок: до %1</translation>
    </message>
    <message>
        <source>Lessons read:</source>
        <translation>Прочитано уроков:</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n урок</numerusform>
            <numerusform>%n урока</numerusform>
            <numerusform>%n уроков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>около %n минуты</numerusform>
            <numerusform>около %n минут</numerusform>
            <numerusform>около %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочитано</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>ещё не прочитано</translation>
    </message>
    <message>
        <source>Read: %1 of %2</source>
        <translation>Прочитано: %1 из %2</translation>
    </message>
    <message>
        <source>This module has no quizzes or exams.</source>
        <translation>В этом модуле нет тестов и экзаменов.</translation>
    </message>
    <message>
        <source>Learning outcomes achieved: %1 of %2.</source>
        <translation>Достигнуто результатов обучения: %1 из %2.</translation>
    </message>
    <message>
        <source>Certificate: you have passed every required assessment. Your training centre issues the certificate.</source>
        <translation>Сертификат: вы сдали все обязательные оценивания. Сертификат выдаёт ваш учебный центр.</translation>
    </message>
    <message>
        <source>Certificate: pass %1 to receive it.</source>
        <translation>Сертификат: чтобы получить его, сдайте: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This exam has a time limit of %n minute(s). The clock starts now and keeps running if you leave the exam or close the program.</source>
        <translation>
            <numerusform>Время на этот экзамен ограничено: %n минута. Отсчёт начинается сейчас и продолжается, даже если вы выйдете из экзамена или закроете программу.</numerusform>
            <numerusform>Время на этот экзамен ограничено: %n минуты. Отсчёт начинается сейчас и продолжается, даже если вы выйдете из экзамена или закроете программу.</numerusform>
            <numerusform>Время на этот экзамен ограничено: %n минут. Отсчёт начинается сейчас и продолжается, даже если вы выйдете из экзамена или закроете программу.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is attempt %1 of %2.</source>
        <translation>Это попытка %1 из %2.</translation>
    </message>
    <message>
        <source>Start now?</source>
        <translation>Начать сейчас?</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Не &amp;сейчас</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>&amp;Read the lesson</source>
        <translation>&amp;Читать урок</translation>
    </message>
    <message>
        <source>Quizzes and exams</source>
        <translation>Тесты и экзамены</translation>
    </message>
    <message>
        <source>Le&amp;arning outcomes</source>
        <translation>&amp;Результаты обучения</translation>
    </message>
    <message>
        <source>What you can do: each learning outcome of the module and how far you achieved it</source>
        <translation>Что вы умеете: каждый результат обучения модуля и насколько вы его достигли</translation>
    </message>
    <message>
        <source>My &amp;certificates</source>
        <translation>&amp;Мои сертификаты</translation>
    </message>
</context>
<context>
    <name>ModulesScreen</name>
    <message>
        <source>Modules</source>
        <translation>Модули</translation>
    </message>
    <message>
        <source>Choose the module&apos;s folder (it holds module.yaml)</source>
        <translation>Выберите папку модуля (в ней находится module.yaml)</translation>
    </message>
    <message>
        <source>Choose the module&apos;s zip file</source>
        <translation>Выберите zip-файл модуля</translation>
    </message>
    <message>
        <source>Module archives (*.zip)</source>
        <translation>Архивы модулей (*.zip)</translation>
    </message>
    <message>
        <source>Checking and installing %1…</source>
        <translation>Проверка и установка %1…</translation>
    </message>
    <message>
        <source>Module %1, version %2, is installed.</source>
        <translation>Модуль %1 версии %2 установлен.</translation>
    </message>
    <message>
        <source>Module %1 is updated to version %2 (it was %3).</source>
        <translation>Модуль %1 обновлён до версии %2 (была %3).</translation>
    </message>
    <message>
        <source>Module %1, version %2, was installed already; nothing changed.</source>
        <translation>Модуль %1 версии %2 уже был установлен; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Module %1 is replaced by the older version %2 (it was %3).</source>
        <translation>Модуль %1 заменён более старой версией %2 (была %3).</translation>
    </message>
    <message>
        <source>Module %1, version %2, was replaced.</source>
        <translation>Модуль %1 версии %2 заменён.</translation>
    </message>
    <message>
        <source>Warnings (listed below): %1.</source>
        <translation>Предупреждения (перечислены ниже): %1.</translation>
    </message>
    <message numerus="yes">
        <source>The module was refused: %n problem(s) found. Nothing was stored. Fix every problem listed below and install again.</source>
        <translation>
            <numerusform>Модуль отклонён: обнаружена %n проблема. Ничего не сохранено. Исправьте все проблемы, перечисленные ниже, и установите модуль снова.</numerusform>
            <numerusform>Модуль отклонён: обнаружены %n проблемы. Ничего не сохранено. Исправьте все проблемы, перечисленные ниже, и установите модуль снова.</numerusform>
            <numerusform>Модуль отклонён: обнаружено %n проблем. Ничего не сохранено. Исправьте все проблемы, перечисленные ниже, и установите модуль снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Копировать список</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Скопировано в буфер обмена</translation>
    </message>
    <message>
        <source>Course modules</source>
        <translation>Модули курса</translation>
    </message>
    <message>
        <source>Install a module, or a newer version of one, from its folder or from a zip file. The module is checked first: when a problem is found nothing is stored, and every problem is listed below.</source>
        <translation>Установите модуль или его более новую версию из папки или zip-файла. Сначала модуль проверяется: если найдена проблема, ничего не сохраняется, а все проблемы перечисляются ниже.</translation>
    </message>
    <message>
        <source>&amp;Installed modules:</source>
        <translation>&amp;Установленные модули:</translation>
    </message>
    <message>
        <source>Installed modules</source>
        <translation>Установленные модули</translation>
    </message>
    <message>
        <source>Install from &amp;folder…</source>
        <translation>Установить из &amp;папки…</translation>
    </message>
    <message>
        <source>Install from &amp;zip file…</source>
        <translation>Установить из &amp;zip-файла…</translation>
    </message>
    <message>
        <source>Allow an old&amp;er version to replace a newer one</source>
        <translation>Разрешить замену новой версии более &amp;старой</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Установка</translation>
    </message>
    <message>
        <source>&amp;Problems and warnings:</source>
        <translation>П&amp;роблемы и предупреждения:</translation>
    </message>
    <message>
        <source>Problems and warnings found in the module</source>
        <translation>Проблемы и предупреждения, найденные в модуле</translation>
    </message>
    <message>
        <source>Copy every problem as text, to send to the module&apos;s author</source>
        <translation>Скопировать все проблемы в виде текста, чтобы отправить автору модуля</translation>
    </message>
</context>
<context>
    <name>ModulesTableModel</name>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Установлен</translation>
    </message>
</context>
<context>
    <name>MyCertificatesScreen</name>
    <message>
        <source>My certificates</source>
        <translation>Мои сертификаты</translation>
    </message>
</context>
<context>
    <name>NewCohortDialog</name>
    <message>
        <source>(me)</source>
        <translation>(я)</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>(the centre&apos;s default)</source>
        <translation>(по умолчанию для центра)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Give a username and the full name.</source>
        <translation>Укажите имя пользователя и полное имя.</translation>
    </message>
</context>
<context>
    <name>Numeric</name>
    <message>
        <source>for example 3,5</source>
        <translation>например, 3,5</translation>
    </message>
    <message>
        <source>A number; a decimal comma or point are both fine.</source>
        <translation>Число; дробную часть можно отделять запятой или точкой.</translation>
    </message>
</context>
<context>
    <name>Ordering</name>
    <message>
        <source>Items to put in order</source>
        <translation>Элементы для упорядочивания</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Keep this order</source>
        <translation>&amp;Оставить этот порядок</translation>
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
        <translation>Ответить в показанном порядке</translation>
    </message>
</context>
<context>
    <name>OutcomeProfile</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Результаты обучения</translation>
    </message>
    <message>
        <source>This module states no learning outcomes.</source>
        <translation>В этом модуле не указаны результаты обучения.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
</context>
<context>
    <name>OutcomeProfileModel</name>
    <message>
        <source>Learning outcome</source>
        <translation>Результат обучения</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Fundamental rights</source>
        <translation>Основные права</translation>
    </message>
    <message>
        <source>Achieved share</source>
        <translation>Достигнутая доля</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Достигнут</translation>
    </message>
    <message>
        <source>Waiting for grading</source>
        <translation>Ожидает оценки</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>ещё не оценивался</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>пока нет</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 из %2 балл(ов)</translation>
    </message>
</context>
<context>
    <name>OutcomeProfileScreen</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Результаты обучения</translation>
    </message>
    <message>
        <source>For each learning outcome: the share of the points you achieved on the questions and checklist items that assess it, counting your latest attempt at each assessment. An outcome is achieved from %1.</source>
        <translation>Для каждого результата обучения: доля баллов, набранных вами по вопросам и пунктам контрольных списков, которые его оценивают; по каждому оцениванию учитывается ваша последняя попытка. Результат достигнут от %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For each learning outcome: the share of the points the trainee achieved on the questions and checklist items that assess it, counting the latest attempt at each assessment. An outcome is achieved from %1.</source>
        <translation>Для каждого результата обучения: доля баллов, набранных слушателем по вопросам и пунктам контрольных списков, которые его оценивают; по каждому оцениванию учитывается последняя попытка. Результат достигнут от %1.</translation>
    </message>
    <message>
        <source>%1 Fundamental rights: assessed in every practical test. Level: the qualification level of the outcome (1 to 8, EQF/SQF scale). The bar&apos;s mark shows %2.</source>
        <translation>%1 Основные права: оцениваются в каждом практическом тесте. Уровень: квалификационный уровень результата (от 1 до 8, шкала EQF/SQF). Отметка на шкале показывает %2.</translation>
    </message>
    <message>
        <source>Outcomes achieved: %1 of %2.</source>
        <translation>Достигнуто результатов: %1 из %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) still wait for grading.</source>
        <translation>
            <numerusform>%n ответ ещё ожидает оценки.</numerusform>
            <numerusform>%n ответа ещё ожидают оценки.</numerusform>
            <numerusform>%n ответов ещё ожидают оценки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordCheck</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>Пароль не должен начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>A new password for %1 (%2). It also unlocks the account.</source>
        <translation>Новый пароль для %1 (%2). Он также разблокирует учётную запись.</translation>
    </message>
</context>
<context>
    <name>PlaceholderHome</name>
    <message>
        <source>Welcome, %1. The screens for your role are not available in this version.</source>
        <translation>Добро пожаловать, %1. Экраны для вашей роли недоступны в этой версии.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
</context>
<context>
    <name>PracticalTest</name>
    <message>
        <source>Observe the trainee in a simulated situation, then mark each checklist item met or not met, with a note where it helps. A critical item not met fails the test, whatever the percent.</source>
        <translation>Наблюдайте за слушателем в имитированной ситуации, затем отметьте каждый пункт контрольного списка как выполненный или невыполненный, при необходимости с примечанием. Если не выполнен критический пункт, тест не сдан при любом проценте.</translation>
    </message>
    <message>
        <source>&amp;Trainee:</source>
        <translation>&amp;Слушатель:</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Practical t&amp;est:</source>
        <translation>Практический &amp;тест:</translation>
    </message>
    <message>
        <source>Practical test</source>
        <translation>Практический тест</translation>
    </message>
    <message>
        <source>Outcome &amp;profile…</source>
        <translation>&amp;Профиль результатов…</translation>
    </message>
    <message>
        <source>The learning outcomes of the chosen trainee in the chosen module</source>
        <translation>Результаты обучения выбранного слушателя в выбранном модуле</translation>
    </message>
    <message>
        <source>&amp;Clear the marks</source>
        <translation>&amp;Очистить отметки</translation>
    </message>
    <message>
        <source>&amp;Submit the result…</source>
        <translation>&amp;Записать результат…</translation>
    </message>
    <message>
        <source>Enabled once every checklist item is marked met or not met</source>
        <translation>Становится доступной, когда каждый пункт контрольного списка отмечен как выполненный или невыполненный</translation>
    </message>
</context>
<context>
    <name>PracticalTestScreen</name>
    <message>
        <source>Practical test</source>
        <translation>Практический тест</translation>
    </message>
    <message>
        <source>There is no trainee to observe: practical tests are recorded for the trainees of your cohorts.</source>
        <translation>Нет слушателей для наблюдения: практические тесты записываются для слушателей ваших групп.</translation>
    </message>
    <message>
        <source>No installed module has a practical test.</source>
        <translation>Ни в одном установленном модуле нет практического теста.</translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>Проходной балл %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункта</numerusform>
            <numerusform>%n пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n критический</numerusform>
            <numerusform>%n критических</numerusform>
            <numerusform>%n критических</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points in all</source>
        <translation>всего баллов: %1</translation>
    </message>
    <message>
        <source>Marked: %1 of %2 · met: %3</source>
        <translation>Отмечено: %1 из %2 · выполнено: %3</translation>
    </message>
    <message>
        <source>Record “%1” for %2 (%3)?</source>
        <translation>Записать «%1» для слушателя %2 (%3)?</translation>
    </message>
    <message>
        <source>Items met: %1 of %2.</source>
        <translation>Выполнено пунктов: %1 из %2.</translation>
    </message>
    <message>
        <source>Critical items not met: %1.</source>
        <translation>Не выполнены критические пункты: %1.</translation>
    </message>
    <message>
        <source>The result is saved as a submitted attempt of the trainee; it cannot be changed afterwards.</source>
        <translation>Результат сохраняется как сданная попытка слушателя; изменить его потом нельзя.</translation>
    </message>
    <message>
        <source>Record the practical test?</source>
        <translation>Записать практический тест?</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Пока нет</translation>
    </message>
    <message>
        <source>Recorded for %1: %2, passed.</source>
        <translation>Записано для слушателя %1: %2, сдано.</translation>
    </message>
    <message>
        <source>Recorded for %1: %2, not passed.</source>
        <translation>Записано для слушателя %1: %2, не сдано.</translation>
    </message>
</context>
<context>
    <name>PrintPapersDialog</name>
    <message>
        <source>&amp;Print to files</source>
        <translation>&amp;Печать в файлы</translation>
    </message>
    <message>
        <source>Folder for the exam papers</source>
        <translation>Папка для экзаменационных листов</translation>
    </message>
    <message>
        <source>Choose a module and one of its exams or quizzes.</source>
        <translation>Выберите модуль и один из его экзаменов или тестов.</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation>Выберите папку для PDF-файлов.</translation>
    </message>
</context>
<context>
    <name>ProblemsTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>ProgressAttempts</name>
    <message>
        <source>A&amp;ttempts:</source>
        <translation>&amp;Попытки:</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>No attempts yet in this module.</source>
        <translation>В этом модуле пока нет попыток.</translation>
    </message>
    <message>
        <source>Re&amp;view of the selected attempt:</source>
        <translation>Про&amp;смотр выбранной попытки:</translation>
    </message>
    <message>
        <source>Review of the selected attempt</source>
        <translation>Просмотр выбранной попытки</translation>
    </message>
    <message>
        <source>Instructor actions</source>
        <translation>Действия преподавателя</translation>
    </message>
    <message>
        <source>E&amp;xtra time (minutes):</source>
        <translation>&amp;Дополнительное время (минуты):</translation>
    </message>
    <message>
        <source>&amp;Extend time of the selected attempt</source>
        <translation>П&amp;родлить время выбранной попытки</translation>
    </message>
    <message>
        <source>Only for a timed attempt still in progress</source>
        <translation>Только для попытки с ограничением времени, которая ещё идёт</translation>
    </message>
    <message>
        <source>Assess&amp;ment:</source>
        <translation>&amp;Оценивание:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Прич&amp;ина:</translation>
    </message>
    <message>
        <source>for example: power cut during the exam</source>
        <translation>например: отключение электричества во время экзамена</translation>
    </message>
    <message>
        <source>&amp;Grant another attempt</source>
        <translation>Предоставить &amp;ещё одну попытку</translation>
    </message>
    <message>
        <source>Outcome &amp;profile…</source>
        <translation>Про&amp;филь результатов…</translation>
    </message>
    <message>
        <source>The trainee&apos;s learning outcomes in this module</source>
        <translation>Результаты обучения слушателя в этом модуле</translation>
    </message>
    <message>
        <source>&amp;Record a practical test…</source>
        <translation>&amp;Записать практический тест…</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>Trainee</source>
        <extracomment>the status of a module cell, one of the constants below name and username together, for the name filter background colours: passed green, review amber, in progress light blue, not started grey, overdue red; every cell also says its status in words and with a symbol.</extracomment>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Сдано</translation>
    </message>
    <message>
        <source>Review pending</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Lessons opened: %1 of %2</source>
        <translation>Открыто уроков: %1 из %2</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Попыток: %1</translation>
    </message>
    <message>
        <source>Best result: %1</source>
        <translation>Лучший результат: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the attempts.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы увидеть попытки.</translation>
    </message>
</context>
<context>
    <name>QuestionNavigator</name>
    <message>
        <source>answered</source>
        <translation>отвечен</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>не отвечен</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>отмечен для проверки</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>показан сейчас</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Вопрос %1: %2</translation>
    </message>
</context>
<context>
    <name>QuizPlayer</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n балл</numerusform>
            <numerusform>%n балла</numerusform>
            <numerusform>%n баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Выберите один ответ.</translation>
    </message>
    <message>
        <source>Choose every answer that applies.</source>
        <translation>Выберите все подходящие ответы.</translation>
    </message>
    <message>
        <source>Is this statement true or false?</source>
        <translation>Это утверждение верно или неверно?</translation>
    </message>
    <message>
        <source>Type a short answer.</source>
        <translation>Введите краткий ответ.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>For each item on the left, choose the matching text. Some texts match nothing.</source>
        <translation>Для каждого элемента слева выберите подходящий текст. Некоторые тексты ни к чему не подходят.</translation>
    </message>
    <message>
        <source>Put the items in the right order: select one and move it with Alt+Up and Alt+Down, with the buttons, or by dragging.</source>
        <translation>Расставьте элементы в правильном порядке: выберите элемент и перемещайте его клавишами Alt+Up и Alt+Down, кнопками или перетаскиванием.</translation>
    </message>
    <message>
        <source>Write your answer in your own words. An instructor marks it.</source>
        <translation>Напишите ответ своими словами. Его оценит преподаватель.</translation>
    </message>
    <message>
        <source>Answered: %1 of %2</source>
        <translation>Отвечено: %1 из %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Saved. An instructor marks this answer.</source>
        <translation>Сохранено. Этот ответ оценит преподаватель.</translation>
    </message>
    <message>
        <source>✓ Correct.</source>
        <translation>✓ Верно.</translation>
    </message>
    <message>
        <source>✗ Not correct yet.</source>
        <translation>✗ Пока неверно.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось времени</translation>
    </message>
    <message>
        <source>Not answered: %1.</source>
        <translation>Без ответа: %1.</translation>
    </message>
    <message>
        <source>Flagged for review: %1.</source>
        <translation>Отмечено для проверки: %1.</translation>
    </message>
    <message>
        <source>After submitting you cannot change your answers.</source>
        <translation>После сдачи вы не сможете изменить ответы.</translation>
    </message>
    <message>
        <source>Submit your answers?</source>
        <translation>Сдать ответы?</translation>
    </message>
    <message>
        <source>Submit your answers now?</source>
        <translation>Сдать ответы сейчас?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) are not answered. Submit anyway?</source>
        <translation>
            <numerusform>%n вопрос остался без ответа. Всё равно сдать?</numerusform>
            <numerusform>%n вопроса остались без ответа. Всё равно сдать?</numerusform>
            <numerusform>%n вопросов осталось без ответа. Всё равно сдать?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Сдать</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Продолжить работу</translation>
    </message>
    <message>
        <source>Time is up: your answers were submitted.</source>
        <translation>Время вышло: ваши ответы сданы.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Filled: answered. ⚑: flagged for review.</source>
        <translation>Закрашен: отвечен. ⚑: отмечен для проверки.</translation>
    </message>
    <message>
        <source>⚑ &amp;Flag for review</source>
        <translation>⚑ &amp;Отметить для проверки</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Предыдущий</translation>
    </message>
    <message>
        <source>Previous question (Ctrl+Page Up)</source>
        <translation>Предыдущий вопрос (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Следующий →</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Page Down)</source>
        <translation>Следующий вопрос (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>Сд&amp;ать…</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Result</source>
        <extracomment>the longest assessment title shown in full in the top bar (the page shows it whole)</extracomment>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Waiting for review: an instructor marks your written answers, then your final result is shown here.</source>
        <translation>Ожидает проверки: преподаватель оценит ваши письменные ответы, затем здесь появится итоговый результат.</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ Сдано</translation>
    </message>
    <message>
        <source>Not passed this time: a critical item of the checklist was not met.</source>
        <translation>На этот раз не сдано: не выполнен критический пункт контрольного списка.</translation>
    </message>
    <message>
        <source>Not passed this time</source>
        <translation>На этот раз не сдано</translation>
    </message>
    <message>
        <source>Score: %1 of %2 points</source>
        <translation>Баллы: %1 из %2</translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>проходной балл %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>сдано %1</translation>
    </message>
    <message>
        <source>The checklist your instructor observed</source>
        <translation>Контрольный список, который отметил ваш преподаватель</translation>
    </message>
    <message>
        <source>The answers of this assessment are not shown: your training centre keeps them confidential.</source>
        <translation>Ответы этого оценивания не показываются: ваш учебный центр держит их в тайне.</translation>
    </message>
    <message>
        <source>Review of your answers</source>
        <translation>Просмотр ваших ответов</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <source>Back to the &amp;module</source>
        <translation>Вернуться к &amp;модулю</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Отозвать</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Trainee</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The centre name must not be empty.</source>
        <translation>Название центра не может быть пустым.</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>This training centre</source>
        <translation>Этот учебный центр</translation>
    </message>
    <message>
        <source>&amp;Centre name:</source>
        <translation>&amp;Название центра:</translation>
    </message>
    <message>
        <source>Shown on certificates and the login screen</source>
        <translation>Отображается на сертификатах и на экране входа</translation>
    </message>
    <message>
        <source>&amp;Default language:</source>
        <translation>&amp;Язык по умолчанию:</translation>
    </message>
    <message>
        <source>The language the program starts in</source>
        <translation>Язык, на котором запускается программа</translation>
    </message>
    <message>
        <source>Log out after &amp;inactivity:</source>
        <translation>Выход после &amp;бездействия:</translation>
    </message>
    <message>
        <source>Minutes of inactivity before logging out</source>
        <translation>Минуты бездействия до автоматического выхода</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Размер текста:</translation>
    </message>
    <message>
        <source>Text size in percent</source>
        <translation>Размер текста в процентах</translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black)</source>
        <translation>&amp;Высокая контрастность (белое на чёрном)</translation>
    </message>
    <message>
        <source>Accept only si&amp;gned modules</source>
        <translation>Принимать только &amp;подписанные модули</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Отменить изменения</translation>
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
            <numerusform>Выполнен выход из системы после %n минуты бездействия. Ваши ответы сохранены.</numerusform>
            <numerusform>Выполнен выход из системы после %n минут бездействия. Ваши ответы сохранены.</numerusform>
            <numerusform>Выполнен выход из системы после %n минут бездействия. Ваши ответы сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Back to the previous screen (Alt+Left)</source>
        <translation>Вернуться на предыдущий экран (Alt+Left)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>ShortAnswer</name>
    <message>
        <source>Your &amp;answer:</source>
        <translation>Ваш &amp;ответ:</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The distribution bundle is saved: %1 (%2).</source>
        <translation>Пакет рассылки сохранён: %1 (%2).</translation>
    </message>
    <message>
        <source>The results bundle is saved: %1 (%2).</source>
        <translation>Пакет результатов сохранён: %1 (%2).</translation>
    </message>
    <message>
        <source>It holds all results of this computer.</source>
        <translation>В нём все результаты этого компьютера.</translation>
    </message>
    <message>
        <source>It holds what is new since the export of %1.</source>
        <translation>В нём всё новое с момента экспорта %1.</translation>
    </message>
    <message>
        <source>Nothing is new: headquarters has nothing to merge.</source>
        <translation>Нового ничего нет: центральному офису нечего объединять.</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s key %1.</source>
        <translation>Подписан ключом этого компьютера %1.</translation>
    </message>
    <message>
        <source>This bundle was imported before (made on %1 by computer %2). Nothing changed.</source>
        <translation>Этот пакет уже импортировался ранее (создан %1 на компьютере %2). Ничего не изменилось.</translation>
    </message>
    <message>
        <source>The distribution bundle made on %1 by computer %2 is merged.</source>
        <translation>Данные пакета рассылки, созданного %1 на компьютере %2, объединены.</translation>
    </message>
    <message>
        <source>The results bundle made on %1 by computer %2 is merged.</source>
        <translation>Данные пакета результатов, созданного %1 на компьютере %2, объединены.</translation>
    </message>
    <message numerus="yes">
        <source>%n new audit entry(ies) of that computer.</source>
        <translation>
            <numerusform>%n новая запись аудита с того компьютера.</numerusform>
            <numerusform>%n новые записи аудита с того компьютера.</numerusform>
            <numerusform>%n новых записей аудита с того компьютера.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): both sides had changed a record; the version not kept is in the audit log.</source>
        <translation>
            <numerusform>%n конфликт: обе стороны изменили запись; несохранённая версия находится в журнале аудита.</numerusform>
            <numerusform>%n конфликта: обе стороны изменили запись; несохранённая версия находится в журнале аудита.</numerusform>
            <numerusform>%n конфликтов: обе стороны изменили запись; несохранённая версия находится в журнале аудита.</numerusform>
        </translation>
    </message>
    <message>
        <source>Module %1 %2: installed.</source>
        <translation>Модуль %1 %2: установлен.</translation>
    </message>
    <message>
        <source>Module %1 %2: updated from version %3.</source>
        <translation>Модуль %1 %2: обновлён с версии %3.</translation>
    </message>
    <message>
        <source>Module %1 %2: stored (a newer version stays current).</source>
        <translation>Модуль %1 %2: сохранён (текущей остаётся более новая версия).</translation>
    </message>
    <message>
        <source>Module %1 %2: already installed, unchanged.</source>
        <translation>Модуль %1 %2: уже установлен, без изменений.</translation>
    </message>
    <message>
        <source>Signed by publisher key %1.</source>
        <translation>Подписан ключом издателя %1.</translation>
    </message>
</context>
<context>
    <name>SyncExchange</name>
    <message>
        <source>Data exchange</source>
        <translation>Обмен данными</translation>
    </message>
    <message>
        <source>A post sends its results to headquarters in a results bundle; headquarters sends each post its cohorts, accounts and modules in a distribution bundle. Bundles are signed files that travel on a USB stick.</source>
        <translation>Пост отправляет свои результаты в центральный офис в пакете результатов; центральный офис отправляет каждому посту его группы, учётные записи и модули в пакете рассылки. Пакеты — это подписанные файлы, которые переносятся на USB-накопителе.</translation>
    </message>
    <message>
        <source>Folder for &amp;bundles:</source>
        <translation>Папка для &amp;пакетов:</translation>
    </message>
    <message>
        <source>Folder for bundles</source>
        <translation>Папка для пакетов</translation>
    </message>
    <message>
        <source>For example the USB stick</source>
        <translation>Например, USB-накопитель</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the folder where bundles are written, for example a USB stick</source>
        <translation>Выберите папку, в которую записываются пакеты, например USB-накопитель</translation>
    </message>
    <message>
        <source>Send results to headquarters</source>
        <translation>Отправить результаты в центральный офис</translation>
    </message>
    <message>
        <source>Writes the accounts, attempts, answers, certificates and audit entries that are new since this computer&apos;s last export.</source>
        <translation>Записывает учётные записи, попытки, ответы, сертификаты и записи аудита, появившиеся после последнего экспорта с этого компьютера.</translation>
    </message>
    <message>
        <source>Ever&amp;ything, not only what is new</source>
        <translation>В&amp;сё, а не только новое</translation>
    </message>
    <message>
        <source>Write all results of this computer again, for example when a bundle was lost</source>
        <translation>Записать все результаты этого компьютера заново, например если пакет был потерян</translation>
    </message>
    <message>
        <source>&amp;Export results bundle</source>
        <translation>&amp;Экспортировать пакет результатов</translation>
    </message>
    <message>
        <source>Prepare a distribution bundle for a post</source>
        <translation>Подготовить пакет рассылки для поста</translation>
    </message>
    <message>
        <source>&amp;Cohorts for the post (with their trainees, instructors and the current versions of their modules):</source>
        <translation>&amp;Группы для поста (с их слушателями, преподавателями и текущими версиями модулей):</translation>
    </message>
    <message>
        <source>Cohorts for the post</source>
        <translation>Группы для поста</translation>
    </message>
    <message>
        <source>Export &amp;distribution bundle</source>
        <translation>Экспортировать пакет &amp;рассылки</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>A results bundle from a post, or a distribution bundle from headquarters. The key of the computer that made it must be registered under Keys.</source>
        <translation>Пакет результатов от поста или пакет рассылки от центрального офиса. Ключ компьютера, создавшего пакет, должен быть зарегистрирован в разделе «Ключи».</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Ключи…</translation>
    </message>
    <message>
        <source>This computer&apos;s key and the keys it trusts</source>
        <translation>Ключ этого компьютера и ключи, которым он доверяет</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>The summary of the last export or import appears here.</source>
        <translation>Здесь отображается сводка последнего экспорта или импорта.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Records per kind of data</source>
        <translation>Записи по типам данных</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Записи аудита</translation>
    </message>
    <message>
        <source>Module versions</source>
        <translation>Версии модулей</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оценивания</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Медиафайлы</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Зачисления</translation>
    </message>
    <message>
        <source>Module assignments</source>
        <translation>Назначения модулей</translation>
    </message>
</context>
<context>
    <name>TraineeChoiceModel</name>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
</context>
<context>
    <name>TraineeHome</name>
    <message>
        <source>No modules are assigned to you yet. Ask your instructor to add you to a group.</source>
        <translation>Вам пока не назначено ни одного модуля. Попросите преподавателя добавить вас в группу.</translation>
    </message>
    <message>
        <source>My modules</source>
        <translation>Мои модули</translation>
    </message>
    <message>
        <source>The modules your instructor assigned to you. Open a module to read its lessons and take its quizzes and exams.</source>
        <translation>Модули, назначенные вам преподавателем. Откройте модуль, чтобы читать уроки и проходить тесты и экзамены.</translation>
    </message>
    <message>
        <source>My &amp;certificates</source>
        <translation>&amp;Мои сертификаты</translation>
    </message>
    <message>
        <source>Your certificates: save them as PDF files or print them</source>
        <translation>Ваши сертификаты: сохраните их как PDF-файлы или напечатайте</translation>
    </message>
</context>
<context>
    <name>TrueFalse</name>
    <message>
        <source>True</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неверно</translation>
    </message>
</context>
<context>
    <name>TrustedKeysModel</name>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID ключа</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Computer id</source>
        <translation>ID компьютера</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Bundles signed with this key are accepted from that computer.</source>
        <translation>Пакеты, подписанные этим ключом, принимаются от этого компьютера.</translation>
    </message>
    <message>
        <source>Modules signed with this key are trusted.</source>
        <translation>Модули, подписанные этим ключом, считаются доверенными.</translation>
    </message>
</context>
<context>
    <name>UsersNewDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>letters a-z, digits, dots: aliyev.hasan</source>
        <translation>буквы a-z, цифры, точки: aliyev.hasan</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Полное имя:</translation>
    </message>
    <message>
        <source>as it should appear on certificates</source>
        <translation>как должно быть указано в сертификатах</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
</context>
<context>
    <name>UsersPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ре&amp;активировать</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>Учётная запись %1 создана.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Пароль пользователя %1 изменён.</translation>
    </message>
    <message>
        <source>%1 can no longer log in (deactivated).</source>
        <translation>%1 больше не может войти в систему (учётная запись деактивирована).</translation>
    </message>
    <message>
        <source>%1 can log in again (reactivated).</source>
        <translation>%1 снова может войти в систему (учётная запись активирована).</translation>
    </message>
    <message>
        <source>%1 is unlocked and can log in again.</source>
        <translation>%1: учётная запись разблокирована, вход снова возможен.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 теперь: %2.</translation>
    </message>
    <message>
        <source>Users and accounts</source>
        <translation>Пользователи и учётные записи</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Name or username</source>
        <translation>Имя или имя пользователя</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>Н&amp;овый пользователь…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Allow logging in again at once after too many failed attempts</source>
        <translation>Разрешить сразу снова войти после слишком большого числа неудачных попыток</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Ро&amp;ль:</translation>
    </message>
    <message>
        <source>Appl&amp;y role</source>
        <translation>Пр&amp;именить роль</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No — deactivated</source>
        <translation>Нет — деактивирован</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Check a certificate</source>
        <extracomment>Who checks a certificate before anyone has logged in: verification is the one thing anyone may do (it reads nothing personal and writes nothing). the headline shown, as plain text</extracomment>
        <translation>Проверить сертификат</translation>
    </message>
    <message>
        <source>Paste a certificate code first, or choose a PDF file.</source>
        <translation>Сначала вставьте код сертификата или выберите PDF-файл.</translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>Выберите сертификат</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Chec&amp;k the code</source>
        <translation>&amp;Проверить код</translation>
    </message>
    <message>
        <source>The certificate claims:</source>
        <translation>Данные, указанные в сертификате:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Модуль:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Дата выдачи:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действителен до:</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>Проверка невозможна</translation>
    </message>
    <message>
        <source>Save the public key as</source>
        <translation>Сохранить открытый ключ как</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Открытые ключи (*.pub)</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>Не удалось сохранить ключ: %1</translation>
    </message>
    <message>
        <source>The public key is saved: %1. Give this file to the other centre.</source>
        <translation>Открытый ключ сохранён: %1. Передайте этот файл другому центру.</translation>
    </message>
    <message>
        <source>Choose the other centre&apos;s public key</source>
        <translation>Выберите открытый ключ другого центра</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem *.txt);;All files (*)</source>
        <translation>Открытые ключи (*.pub *.pem *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This file is too large to be a public key.</source>
        <translation>Этот файл слишком велик для открытого ключа.</translation>
    </message>
    <message>
        <source>This file cannot be read as a public key.</source>
        <translation>Этот файл не удаётся прочитать как открытый ключ.</translation>
    </message>
    <message>
        <source>The key was not imported: %1</source>
        <translation>Ключ не импортирован: %1</translation>
    </message>
    <message>
        <source>The key %1 is trusted now: certificates it signed are checked here.</source>
        <translation>Ключ %1 теперь считается доверенным: подписанные им сертификаты проверяются здесь.</translation>
    </message>
    <message>
        <source>Paste the code printed on the certificate (beside its QR code), or choose the certificate&apos;s PDF file. The check needs no internet connection.</source>
        <translation>Вставьте код, напечатанный на сертификате (рядом с QR-кодом), или выберите PDF-файл сертификата. Для проверки не требуется подключение к интернету.</translation>
    </message>
    <message>
        <source>Certificate &amp;code:</source>
        <translation>&amp;Код сертификата:</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Код сертификата</translation>
    </message>
    <message>
        <source>MT1.… (the whole code, line breaks do not matter)</source>
        <translation>MT1.… (весь код целиком, переносы строк не важны)</translation>
    </message>
    <message>
        <source>Check the pasted code (Ctrl+Enter)</source>
        <translation>Проверить вставленный код (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check a &amp;PDF file…</source>
        <translation>Проверить &amp;PDF-файл…</translation>
    </message>
    <message>
        <source>Signing keys (administrators)</source>
        <translation>Ключи подписи (администраторы)</translation>
    </message>
    <message>
        <source>Another training centre can check this centre&apos;s certificates once it trusts this centre&apos;s public key; import the key file of another centre to check its certificates here.</source>
        <translation>Другой учебный центр может проверять сертификаты этого центра, после того как станет доверять его открытому ключу; импортируйте файл ключа другого центра, чтобы проверять здесь его сертификаты.</translation>
    </message>
    <message>
        <source>&amp;Export this centre&apos;s public key…</source>
        <translation>&amp;Экспортировать открытый ключ этого центра…</translation>
    </message>
    <message>
        <source>&amp;Trust another centre&apos;s key…</source>
        <translation>&amp;Доверять ключу другого центра…</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>The bundle was refused; nothing was imported.</source>
        <translation>Пакет отклонён; ничего не импортировано.</translation>
    </message>
</context>
</TS>
