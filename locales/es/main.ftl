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
