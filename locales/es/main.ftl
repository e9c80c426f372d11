# Textos de la interfaz de Fieldcourse: español.

app-title = Fieldcourse

## Biblioteca
library-heading = Sus cursos
library-loading = Buscando cursos…
library-count = { $count ->
    [one] Un curso
   *[other] { $count } cursos
}
library-empty-title = Todavía no hay cursos
library-empty-body = Pida un curso a su formador o formadora, coloque su carpeta en { $folder } y pulse Actualizar.
library-reload = Actualizar
library-folders = Los cursos se leen de estas carpetas:

## Ficha de un curso
course-by = Publicado por { $publisher }
course-languages = Idiomas: { $languages }
course-modules = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
course-lessons = { $count ->
    [one] { $count } lección
   *[other] { $count } lecciones
}
course-duration = { $minutes } min
course-broken-badge = Necesita corrección
course-broken-summary = { $count ->
    [one] Un problema impide abrir este curso. Pida a su autor que lo corrija:
   *[other] { $count } problemas impiden abrir este curso. Pida a su autor que los corrija:
}
course-warnings = { $count ->
    [one] Una sugerencia para el autor
   *[other] { $count } sugerencias para el autor
}

## Problemas en un curso
problem-error = Problema
problem-warning = Sugerencia
problem-where = { $file }, línea { $line }, columna { $column }
problem-fix = Qué hacer: { $hint }
problems-show-all = Mostrar los { $count } problemas
problems-show-fewer = Mostrar menos

## Certificate
certificate-heading = Certificado de finalización
certificate-presented-to = Se certifica que
certificate-has-completed = ha completado con éxito el curso
certificate-version = Versión { $version }
certificate-hours = { $count ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
certificate-score = Puntuación final { $score }
certificate-percent = { $value } %
certificate-decimal-mark = ,
certificate-completed-on = Completado el { $date }
certificate-valid-until = Válido hasta el { $date }
certificate-published-by = Curso publicado por { $publisher }
certificate-code = Código de verificación
certificate-verify-hint = Verificación sin conexión: fieldcourse verify
certificate-device-key = Firmado con la clave propia de este dispositivo, no con una clave de { $organisation }
certificate-description = Finalización del curso «{ $course }».
certificate-criteria = Completó todas las lecciones requeridas y aprobó todos los cuestionarios requeridos.
certificate-date = { $day } de { $month } de { $year }
certificate-month-1 = enero
certificate-month-2 = febrero
certificate-month-3 = marzo
certificate-month-4 = abril
certificate-month-5 = mayo
certificate-month-6 = junio
certificate-month-7 = julio
certificate-month-8 = agosto
certificate-month-9 = septiembre
certificate-month-10 = octubre
certificate-month-11 = noviembre
certificate-month-12 = diciembre

## Presentación del curso
course-open = Abrir
course-start = Empezar el curso
course-module-heading = Módulo { $number }: { $title }
course-quiz-line = { $title }: { $count } preguntas por intento, nota para aprobar { $percent } %.
course-quiz-attempts = { $count ->
    [one] Un intento.
   *[other] { $count } intentos.
}
course-certificate = Al completar el curso se obtiene un certificado de { $organisation }.
nav-library = Biblioteca
nav-course = Presentación del curso

## Lectura de una lección
lesson-hide-outline = Ocultar el índice
lesson-show-outline = Mostrar el índice
lesson-empty = Esta lección todavía no tiene contenido.
lesson-progress = Lección { $number } de { $count }
lesson-picture-missing = No se pudo mostrar esta imagen ({ $reason }). Muestra: { $alt }
lesson-case-study = Estudio de caso
lesson-reflection = Para reflexionar
lesson-previous = Lección anterior
lesson-next = Lección siguiente
lesson-finish = Volver al curso
callout-note = Nota
callout-tip = Consejo
callout-warning = Atención
callout-key-points = Puntos clave

## Cuestionario
course-take-quiz = Hacer el cuestionario
quiz-open-failed = No se pudo abrir este cuestionario: { $reason }
quiz-progress = Pregunta { $number } de { $count }
quiz-picture = Imagen: { $alt }
quiz-hint-single = Elija una respuesta (o pulse su número).
quiz-hint-multiple = Elija todas las respuestas correctas (o pulse sus números).
quiz-hint-true-false = ¿Verdadero o falso? (Pulse 1 para verdadero, 2 para falso.)
quiz-hint-matching = Una cada elemento de la izquierda con uno de su lista.
quiz-hint-ordering = Ordene los elementos con los botones Subir y Bajar.
quiz-hint-short = Escriba su respuesta y pulse Intro.
quiz-hint-numeric = Escriba un número y pulse Intro.
quiz-true = Verdadero
quiz-false = Falso
quiz-choose = Elegir…
quiz-move-up = Subir
quiz-move-down = Bajar
quiz-type-answer = Su respuesta
quiz-type-number = Un número, por ejemplo 12 o 3,5
quiz-check = Comprobar
quiz-next = Pregunta siguiente
quiz-previous = Pregunta anterior
quiz-submit = Enviar respuestas
quiz-correct = Correcto
quiz-partly = En parte correcto
quiz-incorrect = No del todo
quiz-right-answer = La respuesta correcta: { $answer }
quiz-why = Por qué: { $explanation }
quiz-not-answered = (sin respuesta)
quiz-not-saved = No se pudo guardar su respuesta, así que sigue en pantalla. Vuelva a intentarlo en un momento; si sigue fallando, avise a su formador. Motivo: { $reason }
quiz-not-submitted = No se pudieron enviar sus respuestas. Están guardadas: vuelva a intentarlo en un momento o vuelva más tarde para enviarlas. Motivo: { $reason }
quiz-not-a-number = Eso no es un número que este cuestionario pueda leer. Escriba cifras, por ejemplo 12 o 3,5.
quiz-course-changed = Esta pregunta cambió desde que empezó el intento y no se puede corregir. Avise a su formador. Motivo: { $reason }
quiz-unanswered = { $count ->
    [one] La pregunta { $numbers } aún no tiene respuesta. Valdrá 0 si envía ahora.
   *[other] Las preguntas { $numbers } aún no tienen respuesta. Valdrán 0 si envía ahora.
}
quiz-keep-answering = Seguir respondiendo
quiz-submit-anyway = Enviar de todos modos

## Resultados del cuestionario
quiz-results-title = Resultados: { $title }
quiz-score = Su puntuación: { $percent } %
quiz-points = { $points } de { $max } puntos
quiz-pass-mark = Nota para aprobar: { $percent } %
quiz-passed = Aprobado
quiz-not-passed = Aún no aprobado
quiz-attempts-left = { $count ->
    [0] No quedan intentos.
    [one] Queda un intento.
   *[other] Quedan { $count } intentos.
}
quiz-try-again = Intentar de nuevo
quiz-back-to-course = Volver al curso
quiz-not-started = No se pudo empezar un nuevo intento: { $reason }
quiz-review = Revisión
quiz-question-number = Pregunta { $number }
quiz-your-answer = Su respuesta: { $answer }
quiz-review-hidden = Este cuestionario solo muestra la puntuación, no las respuestas.
quiz-number-tolerance = { $value } (con un margen de { $tolerance })
quiz-number-range = cualquier número de { $min } a { $max }
quiz-match-pair = { $left } → { $right }
quiz-out-of-attempts = Ha usado todos los intentos de este cuestionario
quiz-attempts-used = { $count ->
    [one] Hizo un intento.
   *[other] Hizo { $count } intentos.
}
quiz-best-score = Su mejor puntuación: { $percent } %
quiz-out-of-attempts-passed = Ha aprobado, así que no hace falta nada más aquí. Repase las lecciones cuando quiera.
quiz-out-of-attempts-help = Para intentarlo de nuevo, pida más intentos a su formador. Mientras tanto, repase las lecciones del módulo.
