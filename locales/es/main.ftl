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
