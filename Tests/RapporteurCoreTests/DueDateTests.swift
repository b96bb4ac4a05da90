import RapporteurCore
import Testing

@Suite struct DueDateTests {
  static let session = CalendarDate(iso: "2017-09-21")

  @Test(arguments: [
    ("Circulate the draft by 31 October 2017.", "2017-10-31"),
    // Hindi in Latin letters: a day of the month, the next month's end, so many days.
    ("Sachiv to send the letter 15 tareekh tak.", "2017-10-15"),
    ("Sunita to meet the CMO agle mahine tak.", "2017-10-31"),
    ("Naresh to fix the lights 10 din mein.", "2017-10-01"),
    ("Shanti Devi to send the list 8 October (Navratri) tak.", "2017-10-08"),
    // Polish: a dotted date, a month's genitive, the month's end, two weeks, Friday.
    ("Pismo do MSW do 15.10", "2017-10-15"),
    ("Lista kandydatów do 10 października", "2017-10-10"),
    ("Uzgodnienie do końca miesiąca", "2017-09-30"),
    ("Mapa miejsc w ciągu 2 tygodni", "2017-10-05"),
    ("Przesłać prezentację do piątku", "2017-09-22"),
    // Filipino: tomorrow, the end of next month, Monday.
    ("Ronda ng tanod — simula bukas", "2017-09-22"),
    ("Listahan — sa susunod na buwan", "2017-10-31"),
    ("Ipadala ang kopya — sa Lunes", "2017-09-25"),
    // Vietnamese: before a day, the month's end, next week's Monday, a quarter in Roman figures.
    ("Rà soát danh sách — trước ngày 15/10", "2017-10-15"),
    ("Họp chung hai chi đoàn — cuối tháng", "2017-09-30"),
    ("Phát thanh nội dung — thứ Hai tuần sau", "2017-09-25"),
    ("Kiểm tra tín dụng đen — Quý IV", "2017-12-31"),
    // Yoruba, tone marks and dots below set aside: next Monday, next week, next month, the month's end.
    ("Tẹ lẹ́tà náà — Ọjọ́ Ajé tó ń bọ̀", "2017-09-25"),
    ("Fi ìwé ránṣẹ́ ní ọ̀sẹ̀ tó ń bọ̀", "2017-09-29"),
    ("Ìpàdé àwọn àgbà — oṣù tó ń bọ̀", "2017-10-31"),
    ("Owó ìdá — ní ìparí oṣù", "2017-09-30"),
    // Italian: a day, weeks, the month's end, a month, Easter, a weekday.
    ("Stima dei costi — entro il 15 ottobre", "2017-10-15"),
    ("Questionario ai ragazzi — entro due settimane", "2017-10-05"),
    ("Invio del verbale — entro fine mese", "2017-09-30"),
    ("Contatto con il Centro — entro novembre", "2017-11-30"),
    ("Mappatura dei punti bui — prima di Pasqua", "2018-04-01"),
    ("Lettera al Prefetto — entro venerdì", "2017-09-22"),
    // Portuguese: a day in words, a span in words, the month's end, next Monday.
    ("Enviar a relação até o dia vinte e três de outubro", "2017-10-23"),
    ("Encaminhar as recomendações no prazo de trinta dias", "2017-10-21"),
    ("Mapear os pontos até o final do mês", "2017-09-30"),
    ("Solicitar audiência na próxima segunda-feira", "2017-09-25"),
    // Haitian Creole and Greek: a day, weeks, the month's end.
    ("Ekri lèt la anvan 15 oktòb", "2017-10-15"),
    ("Pote demann lan nan de semèn", "2017-10-05"),
    ("Λίστα εθελοντών μέχρι το τέλος του μήνα", "2017-09-30"),
    ("Πρώτη συνάντηση σε δύο εβδομάδες", "2017-10-05"),
    // Catalan: a day, weeks, the month's end, Saint John's day.
    ("Trametre les recomanacions abans del 15 d'octubre", "2017-10-15"),
    ("Reunir les associacions d'aquí a dues setmanes", "2017-10-05"),
    ("Estudiar l'obertura a finals de mes", "2017-09-30"),
    ("Reunió amb el Departament abans de Sant Joan", "2018-06-24"),
    // Romanian: a day, weeks, the month's end, next week, a weekday, a meeting's day; s and t
    // with a cedilla as well as a comma.
    ("Transmiterea recomandărilor până la 15 octombrie", "2017-10-15"),
    ("Harta punctelor de risc în termen de două săptămâni", "2017-10-05"),
    ("Formare pentru mediatori până la sfârşitul lunii", "2017-09-30"),
    ("Întâlnire cu părinții săptămâna viitoare", "2017-09-29"),
    ("Lista familiilor, până vineri", "2017-09-22"),
    ("Notă către plen până la ședința de plen din 26.10.2017", "2017-10-26"),
    // A wiki's date typed after "//" (Confluence), and a dotted day and month after "by".
    ("@Lina circulate the messages //24 Oct 2017", "2017-10-24"),
    ("Names of the new monitors to the secretariat, by 31.10", "2017-10-31"),
    ("Send the sheet before 03.11", "2017-11-03"),
    // A planner's (NotePlan's) scheduled day after ">".
    ("Circulate the contacts list >2017-10-02", "2017-10-02"),
    // todo.txt's due field, with no blank after the colon.
    ("Print the feedback forms due:2017-10-16", "2017-10-16"),
    // Tetum's months and "antes" (before), and "this coming" before a day's name.
    ("Hatama proposta antes 10/01/2018.", "2018-01-10"),
    ("Submit the list by 15 Dezembru.", "2017-12-15"),
    ("Share the results by this coming Sunday.", "2017-09-24"),
    ("Nadia and Rory to draft the flyer, two weeks today.", "2017-10-05"),
    ("Send the minutes a week tomorrow.", "2017-09-29"),
    // Spanish periods, Swedish deadlines and weeks.
    ("Entregar el informe en un plazo de 30 días.", "2017-10-21"),
    ("Remitir copia dentro de los cinco días hábiles siguientes.", "2017-09-28"),
    ("Elaborar la propuesta, primera quincena de octubre.", "2017-10-15"),
    ("Klart senast: 1 oktober.", "2017-10-01"),
    ("Ansökan ska vara inne senast 15 oktober.", "2017-10-15"),
    ("Klart senast: v. 42.", "2017-10-20"),
    ("Report back by the day after tomorrow.", "2017-09-23"),
    ("Circulate the draft by October 31, 2017.", "2017-10-31"),
    ("Circulate the draft by 31st Oct.", "2017-10-31"),
    ("Circulate the draft by 2017-10-31.", "2017-10-31"),
    ("Circulate the draft, due: 2017-11-15", "2017-11-15"),
    ("Deadline: 15 November", "2017-11-15"),
    ("Report by end of October.", "2017-10-31"),
    ("Report by the end of October.", "2017-10-31"),
    ("Report by end of March.", "2018-03-31"),
    ("Report by end-September.", "2017-09-30"),
    ("Report by the end of the month.", "2017-09-30"),
    ("Report before the end of the year.", "2017-12-31"),
    ("Report by end of 2018.", "2018-12-31"),
    ("Report by end-2018.", "2018-12-31"),
    ("Report by mid-October.", "2017-10-15"),
    ("Report within two weeks.", "2017-10-05"),
    ("Send the report to all the participants during two weeks.", "2017-10-05"),
    ("Prepare a legal brief at the end of this month.", "2017-09-30"),
    ("Legal-aid camps. Timeline: Sept–Oct 2017.", "2017-10-31"),
    ("Run the camps by Nov-Dec.", "2017-12-31"),
    ("Convene delegations within a month of the side event.", "2017-10-21"),
    ("Le PNUD enverra le rapport dans deux semaines.", "2017-10-05"),
    ("El PNUD enviará el informe en dos semanas.", "2017-10-05"),
    ("El PNUD enviará el informe el 30/10/2017.", "2017-10-30"),
    ("Map the programmes. Timeframe: by mid-2018.", "2018-06-30"),
    ("collect the names by the thirtieth of june", "2018-06-30"),
    ("send it by the fifth of October 2017", "2017-10-05"),
    ("Send the letter. Fecha: dentro de una semana.", "2017-09-28"),
    ("Draft the table. Fecha: el viernes 29 de septiembre.", "2017-09-29"),
    ("Share the methodology before el 20 de octubre.", "2017-10-20"),
    ("Report within 10 days.", "2017-10-01"),
    // Days counted after the event, as its planners write them.
    ("Publish the code on the shared repository · D+7", "2017-09-28"),
    ("Envoyer le rapport · J+10", "2017-10-01"),
    // A day by its name, its expected date in brackets with a remark after it.
    ("Send the thank-you note before Eid (expected Tuesday 10 October, moon permitting)", "2017-10-10"),
    ("Sound out the imam re a joint statement, b4 Fri prayers", "2017-09-22"),
    ("Meridian Union to confirm its contribution in writing by c.o.b. Friday.", "2017-09-22"),
    // Spanish deadlines in bilingual notes: the day of the month, the month's end, tomorrow.
    ("Cami va a escribir el blog post, antes del 30.", "2017-09-30"),
    ("Blog post: Antes del 30.", "2017-09-30"),
    // Portuguese deadlines in a cluster's minutes: a week, a span, the end of a month.
    ("Train the checkpoint staff | UNHCR | semana de 25/09", "2017-09-29"),
    ("Produce two radio spots | AMUM | em 10 dias", "2017-10-01"),
    ("Share the profiling tool | IOM | fim de Outubro", "2017-10-31"),
    ("Share the profiling tool | IOM | até ao fim do mês", "2017-09-30"),
    // German deadlines in a bilingual record: calendar weeks (their Friday), the end of a month.
    ("Termin / Due: KW 42", "2017-10-20"),
    ("Termin / Due: KW 41/42", "2017-10-20"),
    ("Termin / Due: bis Ende Oktober", "2017-10-31"),
    ("Report by 31 February 2018 or, failing that, by 2 March 2018.", "2018-03-02"),
    // Indonesian deadlines in a follow-up plan's table.
    ("| Draft the decree | Sekretariat FKLI | paling lambat 30 September |", "2017-09-30"),
    ("| Digital literacy training | JPLI | akhir Oktober |", "2017-10-31"),
    ("| Radio call-in programme | Radio Suara Lentera | dalam 2 minggu |", "2017-10-05"),
    // Swahili deadlines in a baraza's record.
    ("Hatua: write to the County Water Officer. Mhusika: Chief's office. Kabla ya Ijumaa 29 Septemba.", "2017-09-29"),
    ("Hatua: take the list to the Registration Bureau kabla ya wiki ijayo.", "2017-09-29"),
    ("Hatua: go with the Youth Bunge to the radio. Mwisho wa mwezi.", "2017-09-30"),
    // A scan's misread letters.
    ("KD to nominate a young person for the panel by l2 Decernber.", "2017-12-12"),
    ("PS will circulate the guidance by the end of the rnonth.", "2017-09-30"),
    ("Draft the summary by 10 January 2O18.", "2018-01-10"),
    // Turkish deadlines in a municipal workshop's action plan.
    ("| Send the workshop report | Zeynep Aktaş | 15 Ekim'e kadar |", "2017-10-15"),
    ("| List of focal persons | Hatice Demir | ay sonuna kadar |", "2017-09-30"),
    ("| Plan the mothers' circles | Elif Karaca | iki hafta içinde |", "2017-10-05"),
    ("| Apply for funds | Ayşe Çelik | en geç 30 Kasım |", "2017-11-30"),
    ("PO: share the FGD guides with the gender focal point, mid-October latest", "2017-10-15"),
    ("Comments to the secretariat by the team, 20 October at the latest.", "2017-10-20"),
    // French deadlines in a forum's action plan.
    ("| Transmettre les recommandations | Secrétariat | au plus tard le 15 octobre 2017 |", "2017-10-15"),
    ("Le secrétariat diffusera le compte rendu sous quinzaine.", "2017-10-05"),
    // Dutch deadlines in a neighbourhood meeting's action points.
    ("| Invite the young people | SdG | uiterlijk 15 oktober |", "2017-10-15"),
    ("| Share the results | JB | binnen twee weken |", "2017-10-05"),
    ("| Ask for a second training | SdG | eind oktober |", "2017-10-31"),
    ("De subsidieaanvraag gaat uiterlijk 1 december naar het ministerie.", "2017-12-01"),
    // Hausa deadlines in a peace committee's action table (21 September 2017 is a Thursday).
    ("| Letter to the LGA Chairman | Sakatare | kafin Juma'a (22/9) |", "2017-09-22"),
    ("| Collect the nominees' names | Hajiya Rakiya | zuwa karshen wata |", "2017-09-30"),
    ("| Print the cards | Gidauniya | cikin mako biyu |", "2017-10-05"),
    // Russian deadlines in a working group's record.
    ("Deadline: до 16.10.", "2017-10-16"),
    ("Deadline: до 02.11.2017.", "2017-11-02"),
    ("Deadline: в течение месяца (within a month).", "2017-10-21"),
    ("Deadline: до конца IV квартала.", "2017-12-31"),
    ("circulate the protocol в течение трёх рабочих дней", "2017-09-26"),
    // A translator's gloss of another calendar's date.
    ("Visit each household before the next gathering, on 27 Mizan [T: 19 October].", "2017-10-19"),
    ("Speak with the head teacher before the Friday prayer of next week [T: 21 Mizan, 13 October].", "2017-10-13"),
    ("Steward training module · before the spring round (kick-off Sat 7 October)", "2017-10-07"),
    ("Renee quedó en mandarnos la convocatoria antes de fin de mes.", "2017-09-30"),
    ("Report within a month.", "2017-10-21"),
    ("Report within a fortnight.", "2017-10-05"),
    ("Report in a fortnight.", "2017-10-05"),
    ("Map the mechanisms by end-Q4 2017.", "2017-12-31"),
    ("Mme Diallo diffusera la liste dans les deux semaines.", "2017-10-05"),
    ("Le PNUD partagera la note d'ici deux semaines.", "2017-10-05"),
    ("Rédiger la note de synthèse. Délai : 2018-01-31.", "2018-01-31"),
    ("Organiser un atelier (responsable : PNUD), échéance : 31 janvier 2018.", "2018-01-31"),
    ("Redactar la nota, fecha límite: 2018-01-31.", "2018-01-31"),
    ("Redactar el informe, plazo: 31 de enero de 2018.", "2018-01-31"),
    ("Compile the mapping. الموعد: ٣٠/١١/٢٠١٧.", "2017-11-30"),
    ("Circulate the draft code by 2017\u{2011}10\u{2011}31.", "2017-10-31"),
    ("A Rede vai enviar o relatório dentro de duas semanas.", "2017-10-05"),
    ("Report by 15/10/2017.", "2017-10-15"),
    ("Report by 15.10.2017.", "2017-10-15"),
    ("Report by Q4 2017.", "2017-12-31"),
    ("Report by the first half of 2018.", "2018-06-30"),
    ("Report by COB tomorrow.", "2017-09-22"),
    ("Report by close of business tomorrow.", "2017-09-22"),
    ("Report by end of day tomorrow.", "2017-09-22"),
    ("Report by the end of this month.", "2017-09-30"),
    ("Report by H2 2018.", "2018-12-31"),
    ("Report to the meeting to be held in the second half of 2018.", "2018-12-31"),
    ("Report by the end of Q1.", "2018-03-31"),
    ("Publish it before the close of the second quarter.", "2018-06-30"),
    ("Publish it by the end of the fourth quarter.", "2017-12-31"),
    ("Convene the platform by the end of the following month.", "2017-10-31"),
    ("Report by end of H1.", "2018-06-30"),
    ("Report by COB Weds 4 Oct.", "2017-10-04"),
    ("Report by COB 4 October.", "2017-10-04"),
    ("Report by close of business on 4 October.", "2017-10-04"),
    ("Report by EOD 2017-10-04.", "2017-10-04"),
    ("Hold the field visit in H2.", "2017-12-31"),
    ("Report bis Ende Q4.", "2017-12-31"),
    // A day in the month before the session stays in its year (lint says it is past); an earlier
    // one is next year's.
    ("Report by 5 September.", "2017-09-05"),
    ("Report by 21 August.", "2017-08-21"),
    ("Report by 20 August.", "2018-08-20"),
    ("Report by 15 January.", "2018-01-15"),
    ("Report by December 2017.", "2017-12-31"),
    ("Report by March.", "2018-03-31"),
    ("Report by the end of December.", "2017-12-31"),
    ("Hold the workshop in January 2018.", "2018-01-31"),
    ("Hold the workshop in Q1 2018.", "2018-03-31"),
    ("Report within 10 working days.", "2017-10-05"),
    ("Report within five business days.", "2017-09-28"),
    ("Report in two weeks' time.", "2017-10-05"),
    ("Report in two weeks\u{2019} time.", "2017-10-05"),
    ("Report in a month's time.", "2017-10-21"),
    ("Report in 10 days.", "2017-10-01"),
    ("Circulate notes w/in 10 days.", "2017-10-01"),
    // The session is on Thursday 21 September 2017.
    ("Report by Friday.", "2017-09-22"),
    ("Report by next Tuesday.", "2017-09-26"),
    ("Report by Thursday.", "2017-09-28"),
    ("Report by Fri.", "2017-09-22"),
    ("Report by Friday, 13 October 2017.", "2017-10-13"),
    ("Report by tomorrow.", "2017-09-22"),
    ("Report by end of day.", "2017-09-21"),
    ("Report by COB today.", "2017-09-21"),
    ("Report by close of business.", "2017-09-21"),
    ("Report before the end of the week.", "2017-09-22"),
    ("Report by next week.", "2017-09-29"),
    ("Report by the end of next week.", "2017-09-29"),
    ("Report by next month.", "2017-10-31"),
    ("Report by end of next month.", "2017-10-31"),
    // The session is in the third quarter: the next one ends on 31 December.
    ("Report by the end of next quarter.", "2017-12-31"),
    ("Report by the end of this quarter.", "2017-09-30"),
    ("Report by COB Friday.", "2017-09-22"),
    ("Report by EOD on Monday.", "2017-09-25"),
    ("Report by the 30th of September 2017.", "2017-09-30"),
    ("Report by 30/10.", "2017-10-30"),
    ("Report by 05/11.", "2017-11-05"),
    ("Report by 10/30.", "2017-10-30"),
    ("Report by 15/10/17.", "2017-10-15"),
    ("Report by end Q1.", "2018-03-31"),
    ("Report by Q1.", "2018-03-31"),
    ("Report by Q4.", "2017-12-31"),
    ("Report by next wk.", "2017-09-29"),
    ("Report within 2 wks.", "2017-10-05"),
    ("Report within 3 mths.", "2017-12-21"),
    ("Report by early November.", "2017-11-10"),
    ("Report by late Nov 2018.", "2018-11-30"),
    ("Report by EOY.", "2017-12-31"),
    ("Report by year-end.", "2017-12-31"),
    ("Report by EOM.", "2017-09-30"),
    ("Report by this week.", "2017-09-22"),
    ("Report by the 15th.", "2017-10-15"),
    ("Report by the 28th.", "2017-09-28"),
    ("Report by Monday the 2nd.", "2017-10-02"),
    ("Report by Friday 29th.", "2017-09-29"),
    ("Report before the 2nd of October.", "2017-10-02"),
    ("Report in ~2 wks.", "2017-10-05"),
    ("Report in about 2 weeks.", "2017-10-05"),
    ("Report before Xmas.", "2017-12-24"),
    ("Report by Christmas 2017.", "2017-12-24"),
    ("Host a round-table in the first quarter of 2018.", "2018-03-31"),
    ("Report by the end of the third quarter of 2018.", "2018-09-30"),
    ("Circulate the text not later than 30 November 2017.", "2017-11-30"),
    ("Circulate the minutes by this month end.", "2017-09-30"),
    ("Fund three provincial consultations in Q3.", "2017-09-30"),
    ("Fund three provincial consultations in Q2.", "2018-06-30"),
    ("Fund three provincial consultations in Q4.", "2017-12-31"),
    ("Share the draft latest by 15th.", "2017-10-15"),
    ("Circulate the text by 2017/11/30.", "2017-11-30"),
    ("Circulate the text by 30-11-2017.", "2017-11-30"),
    // An ISO week is due by its Friday: week 45 of 2017 runs from 6 to 10 November.
    ("Circulate the text by W45.", "2017-11-10"),
    ("Circulate the text by week 45.", "2017-11-10"),
    ("Circulate the text by CW 2 2018.", "2018-01-12"),
    ("Circulate the text by W2.", "2018-01-12"),
    // A week named by a day in it is due at the end of that working week: its Friday.
    ("Set up a call, wk of 12 October.", "2017-10-13"),
    ("Circulate the synthesis w/c 9 October.", "2017-10-13"),
    ("Draft the guidelines, week commencing 16 October 2017.", "2017-10-20"),
    ("Due: 15 Sept 2017 \u{2014} not done; new due date 7 Oct 2017", "2017-10-07"),
    ("Circulate the report | Lead: Secretariat | By: 13 December 2017", "2017-12-13"),
    ("Send the notes by tmrw", "2017-09-22"),
    // The end of the month before the session is read as its last day is: in the session's year.
    ("Report by end of August.", "2017-08-31"), ("Report by 31 August.", "2017-08-31"), ("Report by August.", "2017-08-31"),
    ("Report by end of July.", "2018-07-31"), ("Report by 31 July.", "2018-07-31"),
    // Next year's February, whatever this year's last day of it.
    ("Report by end of February.", "2018-02-28"),
    // Dictated and Spanish forms.
    ("Report by the twentieth.", "2017-10-20"),
    ("Report by the twenty-third, please.", "2017-09-23"),
    ("Circulate the notes first thing monday", "2017-09-25"),
    ("Enviar el acta antes del viernes.", "2017-09-22"),
    ("Preparar la matriz para el 20 de marzo.", "2018-03-20"),
    ("Sistematizar las propuestas hasta el 30 de abril.", "2018-04-30"),
    ("Report within two weeks of the adoption of this declaration.", "2017-10-05"),
    ("Report within two weeks of the event.", "2017-10-05"),
    ("Circulate a revised non-paper within two weeks of this round.", "2017-10-05"),
    ("Publish the guide by end of year 2018.", "2018-12-31"),
    ("Publish the guide by the end of the year 2018.", "2018-12-31"),
    ("Publish the guide by year-end 2018.", "2018-12-31"),
    ("Publish the guide by Friday next week.", "2017-09-29"),
    ("Publish the guide by Friday week.", "2017-09-29"),
    // Portuguese forms, and a writer new to English.
    ("Enviar o relatório até 10 de maio.", "2018-05-10"),
    ("Consolidar as propostas até o fim de junho.", "2018-06-30"),
    ("Compartilhar o questionário até a próxima sexta-feira.", "2017-09-22"),
    ("Preparar o módulo – prazo: 31/10.", "2017-10-31"),
    ("Prepare comparative analysis latest on 3.10.", "2017-10-03"),
    ("Collect comments from municipalities in period of two weeks.", "2017-10-05"),
    // Nordic English: "in week 43" the Friday of that ISO week, "within" for "by".
    ("Regional seminar on online hate – responsible: the secretariat; in week 43.", "2017-10-27"),
    ("Apply to the directorate for funding, within 1 December.", "2017-12-01"),
    ("New guide for member organisations – ready within the end of Q4.", "2017-12-31"),
    ("Kofi → share the list with the secretariat, within the week", "2017-09-22"),
    ("Share the list within the month.", "2017-09-30"),
    ("Check the fiscal-host route by wk 43", "2017-10-27"),
    ("Get ten more signatories by Thu 14h Geneva time", "2017-09-28"),
    ("Send the list by Monday 10:00", "2017-09-25"),
    ("Send the list by the weekend", "2017-09-24"),
    // A day by its name, its date in brackets after it.
    ("Launch the tracker on Human Rights Day (10 December).", "2017-12-10"),
    ("Publish the data by Human Rights Day (10/12).", "2017-12-10"),
    // A running note's shorthand: about two weeks, "Sun" after a word of deadline, an aim.
    ("JP: CCTV data from police — \"I'll check\", ~2 wks", "2017-10-05"),
    ("Type up notes + send to DAH by Sun", "2017-09-24"),
    ("Survey of young ppl w/ youth club, aim 15/10", "2017-10-15"),
    // A day's name before two single figures makes them a date, not a fraction.
    ("Book the hall by Sat 7/4", "2018-04-07"),
    // The nearer of "on" and "session of" after "before".
    ("The Police shall submit to the Council, before its session of 18 June 2018, a report on hate incidents.", "2018-06-18"),
    // A decision's own adoption is the session's.
    ("The Secretary shall notify this decision within eight days of its adoption.", "2017-09-29"),
    // Thai, its years of the Buddhist era (2561 = 2018).
    ("ชี้แจงข้อเท็จจริงภายใน 31 มี.ค. 2561", "2018-03-31"),
    ("ภายใน 2 สัปดาห์", "2017-10-05"),
    ("อบรมผู้จัดรายการภายในวันที่ 20/4/2561", "2018-04-20"),
    ("แจ้งเวียนรายงานการประชุมภายในสิ้นเดือนตุลาคม 2560", "2017-10-31"),
  ])
  func resolves(text: String, expected: String) {
    #expect(DueDateResolver.find(in: text, sessionDate: Self.session)?.date.description == expected)
  }

  /// A session in a leap year: next year's February ends on the 28th.
  /// Forms a French-speaking writer and a steering committee's log use; a day in the December
  /// just gone at a January session is that December's, as a day in the month before is.
  @Test(arguments: [
    ("Transmit the revised version within fifteen (15) days;", "2025-01-30"),
    ("Propose the list of representatives at the latest the 31/03;", "2025-03-31"),
    ("Elaborate the costing of the plan for the 15th April;", "2025-04-15"),
    ("Sign MoU — Ruth — was due 15 Jan; carried over, now by 7 Feb", "2025-02-07"),
    ("Share revised workplan — Joseph — due 20 Dec — DONE", "2024-12-20"),
  ])
  func writtenAsOthersWriteThem(text: String, expected: String) {
    #expect(DueDateResolver.find(in: text, sessionDate: CalendarDate(iso: "2025-01-15"))?.date.description == expected)
  }

  /// From a weekend, "next week" is the one about to begin.
  @Test func nextWeekFromASaturday() {
    let saturday = CalendarDate(iso: "2024-11-16")
    #expect(DueDateResolver.find(in: "by next wk", sessionDate: saturday)?.date.description == "2024-11-22")
    #expect(DueDateResolver.find(in: "by next week", sessionDate: CalendarDate(iso: "2024-11-14"))?.date.description == "2024-11-22")
  }

  /// "Wednesday next week" is the Wednesday of the week after the session's, whichever day the
  /// session fell on; "the end of the quarter" the last day of the session's quarter; "the 15th
  /// prox." the 15th of the next month.
  @Test func aDayNextWeekTheQuarterAndProx() {
    let friday = CalendarDate(iso: "2025-10-17")
    #expect(DueDateResolver.find(in: "latest by Wednesday next week", sessionDate: friday)?.date.description == "2025-10-22")
    #expect(DueDateResolver.find(in: "by Friday next week", sessionDate: friday)?.date.description == "2025-10-24")
    #expect(DueDateResolver.find(in: "by Friday next week", sessionDate: CalendarDate(iso: "2025-10-13"))?.date.description == "2025-10-24")
    #expect(DueDateResolver.find(in: "by the end of the quarter", sessionDate: friday)?.date.description == "2025-12-31")
    #expect(DueDateResolver.find(in: "by 15th prox.", sessionDate: friday)?.date.description == "2025-11-15")
    #expect(DueDateResolver.find(in: "by the 20th inst.", sessionDate: friday)?.date.description == "2025-10-20")
  }

  /// Quaker minutes' months and days in the old style, capitalised: "Fifth Month" is May, "Fifth
  /// Day" Thursday; "the first month of the project" says no month.
  @Test func monthsAndDaysInTheOldStyle() {
    let monday = CalendarDate(iso: "2028-05-15")
    #expect(DueDateResolver.find(in: "by the end of Fifth Month", sessionDate: monday)?.date.description == "2028-05-31")
    #expect(DueDateResolver.find(in: "for Representative Meeting on 3rd of Sixth Month", sessionDate: monday)?.date.description == nil)
    #expect(DueDateResolver.find(in: "by 3rd of Sixth Month", sessionDate: monday)?.date.description == "2028-06-03")
    #expect(DueDateResolver.find(in: "circulate these minutes by Fifth Day", sessionDate: monday)?.date.description == "2028-05-18")
    #expect(DueDateResolver.find(in: "by the end of the first month of the project", sessionDate: monday) == nil)
  }

  /// A date-time group as military staff write it: "NLT 211700C MAR 29" is 21 March 2029, 17:00
  /// local time; a number of six digits is no date.
  @Test func militaryDateTimeGroups() {
    let wednesday = CalendarDate(iso: "2029-03-14")
    #expect(DueDateResolver.find(in: "NLT 211700C MAR 29.", sessionDate: wednesday)?.date.description == "2029-03-21")
    #expect(DueDateResolver.find(in: "by 010900Z APR", sessionDate: wednesday)?.date.description == "2029-04-01")
    #expect(DueDateResolver.find(in: "by 211700 beneficiaries", sessionDate: wednesday) == nil)
    // "COB Friday 31 May": the day's date after its name, not the next Friday.
    #expect(DueDateResolver.find(in: "by COB Friday 30 March", sessionDate: wednesday)?.date.description == "2029-03-30")
    #expect(DueDateResolver.find(in: "by COB Friday", sessionDate: wednesday)?.date.description == "2029-03-16")
  }

  @Test func theEndOfFebruaryAfterALeapYearSession() {
    let session = CalendarDate(iso: "2024-11-20")
    #expect(DueDateResolver.find(in: "By end of February", sessionDate: session)?.date.description == "2025-02-28")
    #expect(DueDateResolver.find(in: "By 29 February", sessionDate: session)?.date.description == nil)
  }

  @Test(arguments: [
    "Report soon.", "Judged by today's standards.", "Supported by tomorrow's leaders.", "Report next week.", "Report next month.", "Met on 21 September 2017.", "Report ASAP.",
    "By the way, the venue changed.", "Report by 31 February 2018.", "Participants by may be late.",
    "Met in a day.", "Report in time.", "Hold the workshop in November.",
    "Cut the backlog by 1/3.", "Raise enrolment by 20/100.", "Grew by 2.5 per cent.", "Grew by 12/15 %.",
    "Turnout grew by 2.50 per cent.", "Prices rose by 12.05 EUR.", "See https://example.org//24 Oct 2017",
    "Report by the 1st week of November.", "Report by the 3rd round.", "Report by early voting.",
    "Train the mediators by week 3 of the course.", "Cut waste by 10-12 per cent.",
    "Report before the second informal consultation.", "Report by the third meeting.",
    "Check the terms of reference within two weeks of us getting them.", "Report within a month after approval.",
    "Inform parents within 24 hours whenever a minor is detained.", "Comment within a week of receiving the draft.",
  ])
  func findsNoDate(text: String) {
    #expect(DueDateResolver.find(in: text, sessionDate: Self.session) == nil)
  }

  /// Words an action gives without "by": only `findBare` reads them, and only for actions.
  @Test(arguments: [
    ("Secretariat to send the list next wk", "2017-09-29"),
    ("Share the slides tomorrow", "2017-09-22"),
    ("Mateo: subir las fotos al Drive, mañana.", "2017-09-22"),
    ("Ana enviará el informe mañana por la mañana.", "2017-09-22"),
    ("Send the survey next Tue", "2017-09-26"),
    ("Send the survey this Friday", "2017-09-22"),
    ("Circulate the note this week", "2017-09-22"),
    ("Send the invitations next month", "2017-10-31"),
    ("Redesign the recruitment next quarter", "2017-12-31"),
    ("WhatsApp summary in Kessan, this weekend", "2017-09-24"),
    ("Read the draft over the weekend", "2017-09-24"),
    ("Read the draft next weekend", "2017-10-01"),
    ("Discuss at next week's meeting", nil),
    ("Circulate the template on Tuesday 26th", "2017-09-26"),
    ("Circulate the template on 3 October", "2017-10-03"),
    ("Refresh the dataset EOD Tuesday", "2017-09-26"),
    ("Decide on the venue", nil),
    ("The workshop took place on 21 September 2017", nil),
    ("Share the slides soon", nil),
    ("AMK : organise the restitution to the mayors, le 15 mars.", "2018-03-15"),
    ("I'll clean these notes and send to Wanjiru tmrw", "2017-09-22"),
    ("Set the table before the session", nil),
    ("nadia sends the survey results to the list on tuesday", "2017-09-26"),
    ("Budget request approved by the Fund on Tuesday", nil),
    ("La secretaría enviará la convocatoria el próximo lunes.", "2017-09-25"),
    ("name the two members at our meeting on the 29th", "2017-09-29"),
    ("celebrate on the 29th anniversary", nil),
    ("Two-page brief for the committee, COB Friday 29 September", "2017-09-29"),
    ("agreed to air the recording in Sunday's youth hour", "2017-09-24"),
    // The weekday begins the whole date, not a day of its own.
    ("take the request to the board's meeting on Tuesday October 3rd", "2017-10-03"),
  ] as [(String, String?)])
  func bareDatesOfActions(text: String, expected: String?) {
    #expect(DueDateResolver.findBare(in: text, sessionDate: Self.session)?.date.description == expected)
  }

  /// "on DAY" dates a task still to do, not one told as done.
  @Test(arguments: [
    ("Platform to follow up with the mission on Monday.", "2017-09-25"),
    ("UNDP will convene the review meeting on 2017-10-30.", "2017-10-30"),
    ("The Fund approved the request on Monday.", nil),
    ("Ana has already shared the list with NCEA on 4 October.", nil),
  ] as [(String, String?)])
  func onADayForATaskStillToDo(text: String, expected: String?) {
    #expect(DueDateResolver.findOn(in: text, sessionDate: Self.session)?.date.description == expected)
  }

  /// A due date past year 9999 cannot be written YYYY-MM-DD: there is none.
  @Test func noDueDatePastYear9999() {
    #expect(DueDateResolver.find(in: "Report within two weeks.", sessionDate: CalendarDate(iso: "9999-12-25")) == nil)
    #expect(DueDateResolver.find(in: "Report within two weeks.", sessionDate: CalendarDate(iso: "9999-12-01")) != nil)
  }

  @Test func workingDaysSkipWeekends() throws {
    // Wednesday 12 November 2025: ten working days end on Wednesday 26 November.
    let wednesday = try #require(CalendarDate(iso: "2025-11-12"))
    #expect(wednesday.adding(workingDays: 10).description == "2025-11-26")
    // Friday 14 November 2025: one working day is the Monday after.
    let friday = try #require(CalendarDate(iso: "2025-11-14"))
    #expect(friday.adding(workingDays: 1).description == "2025-11-17")
  }

  @Test(arguments: [
    ("OHCHR to convene the group by 31 September 2017.", "by 31 September 2017"),
    ("UNDP to report by 2017-02-30.", "by 2017-02-30"),
    ("UNDP to report by February 29, 2018.", "by February 29, 2018"),
    ("UNDP to report by 30 September 2017.", nil),
    ("UNDP to report by 31 September or by 5 October.", nil),
    ("UNDP to report soon.", nil),
  ] as [(String, String?)])
  func aDayThatItsMonthLacksIsNamed(text: String, words: String?) {
    #expect(DueDateResolver.impossibleDate(in: text, sessionDate: CalendarDate(iso: "2017-09-21")) == words)
  }

  /// A day and a month of one digit each ("by 6/3") are a date when the note's other dates show
  /// it writes the day first ("18/02/2028"); without such a date they may be a fraction.
  @Test func oneDigitDayAndMonthWhenTheNoteShowsItsOrder() {
    let session = CalendarDate(iso: "2028-02-18")
    let shown = DueDateResolver.SlashOrder.of("Reviewed on 18/02/2028. Thomas will confirm by 6/3.")
    #expect(shown == .dayFirstShown)
    #expect(DueDateResolver.find(in: "Thomas will confirm by 6/3.", sessionDate: session, order: shown)?.date.description == "2028-03-06")
    #expect(DueDateResolver.find(in: "Costs fall by 1/3.", sessionDate: session, order: .dayFirst) == nil)
    // Month first where the note shows it ("for signature by Wednesday (8/18)").
    let monthFirst = DueDateResolver.SlashOrder.of("Final copies for signature, by Wednesday (8/18). List on or before 9/3.")
    #expect(monthFirst == .monthFirst)
    #expect(DueDateResolver.find(in: "List on or before 9/3.", sessionDate: session, order: monthFirst)?.date.description == "2028-09-03")
  }
}
