<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>About</name>
        <message>
            <source>&lt;p&gt;An offline workbook for earning a teacher-leadership micro-credential. Your work stays on this computer; the app never connects to the internet.&lt;/p&gt;</source>
            <extracomment>Every library the app uses at run time, with its licence (shown in About and credits).</extracomment>
            <translation>&lt;p&gt;Un cuaderno de trabajo sin conexión para obtener una microcredencial de liderazgo docente. Su trabajo se queda en esta computadora; la aplicación nunca se conecta a internet.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Credential texts&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Textos de las credenciales&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The prompts, limits and rubrics shown in this app come from the credential documents below, presented for your personal, non-commercial use as you prepare a submission. The app ships no text from the NEA Teacher Leadership Competencies booklet: you type your own core belief/theme.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Las consignas, los límites y las rúbricas que muestra esta aplicación provienen de los documentos de las credenciales que se indican abajo, presentados para su uso personal y no comercial mientras prepara una entrega. Se muestran en inglés, tal como se publicaron. La aplicación no incluye ningún texto del folleto NEA Teacher Leadership Competencies: usted escribe su propia creencia central/tema.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt; — {issuer}&lt;br&gt;Source: {source}&lt;br&gt;Revised: {revised} · Licence: {licence}</source>
            <translation>&lt;p&gt;&lt;b&gt;{title}&lt;/b&gt; — {issuer}&lt;br&gt;Fuente: {source}&lt;br&gt;Revisado: {revised} · Licencia: {licence}</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>no se indica</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Where the app supplies something&lt;/h3&gt;&lt;p&gt;Where a credential's documents do not give a template or a scale's labels, the app supplies its own and marks it as the app's, never as the credential's.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Lo que aporta la aplicación&lt;/h3&gt;&lt;p&gt;Cuando los documentos de una credencial no ofrecen una plantilla o los nombres de una escala, la aplicación aporta los suyos y los marca como de la aplicación, nunca como de la credencial.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Built with&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Hecho con&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Fonts&lt;/h3&gt;&lt;p&gt;DejaVu Sans (Bitstream Vera licence), a subset of Droid Sans Fallback for Chinese and Japanese (Apache-2.0) and a subset of Symbola for emoji (free for any use); their licence files are in the app's &lt;i&gt;resources/fonts&lt;/i&gt; folder.&lt;/p&gt;&lt;h3&gt;Licence&lt;/h3&gt;&lt;p&gt;TLI Workbook is free software under the MIT licence. The credential and guidebook texts keep their publishers' terms (Creative Commons BY-NC-ND 4.0 where stated).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Fuentes tipográficas&lt;/h3&gt;&lt;p&gt;DejaVu Sans (licencia Bitstream Vera), un subconjunto de Droid Sans Fallback para chino y japonés (Apache-2.0) y un subconjunto de Symbola para emojis (libre para cualquier uso); sus archivos de licencia están en la carpeta &lt;i&gt;resources/fonts&lt;/i&gt; de la aplicación.&lt;/p&gt;&lt;h3&gt;Licencia&lt;/h3&gt;&lt;p&gt;TLI Workbook es software libre con licencia MIT. Los textos de las credenciales y de la guía conservan las condiciones de sus editores (Creative Commons BY-NC-ND 4.0 donde se indica).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About TLI Workbook</source>
            <translation>Acerca de TLI Workbook</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source>All agree</source>
            <translation>Todos de acuerdo</translation>
        </message>
        <message>
            <source>Agreed by all</source>
            <translation>Acordado por todos</translation>
        </message>
        <message>
            <source>Not yet agreed by all</source>
            <translation>Aún no acordado por todos</translation>
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <source>The archive contains a link ({0}); archives with links are refused.</source>
            <translation>El archivo comprimido contiene un enlace ({0}); no se aceptan archivos comprimidos con enlaces.</translation>
        </message>
        <message>
            <source>The archive {0} does not exist.</source>
            <translation>El archivo comprimido {0} no existe.</translation>
        </message>
        <message>
            <source>{0} is not a TLI Workbook archive (not a zip file).</source>
            <translation>{0} no es un archivo comprimido de TLI Workbook (no es un archivo zip).</translation>
        </message>
        <message>
            <source>The archive is damaged ({0} cannot be read).</source>
            <translation>El archivo comprimido está dañado (no se puede leer {0}).</translation>
        </message>
    </context>
    <context>
        <name>ArtifactCard</name>
        <message>
            <source>Title, e.g. “February coaching newsletter”</source>
            <translation>Título, p. ej., “Boletín de coaching de febrero”</translation>
        </message>
        <message>
            <source>Artifact title</source>
            <translation>Título del artefacto</translation>
        </message>
        <message>
            <source>Open in its app</source>
            <translation>Abrir en su app</translation>
        </message>
        <message>
            <source>Open the file with the program your computer uses for it</source>
            <translation>Abrir el archivo con el programa que su computadora usa para ese tipo de archivo</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <source>Mark up image…</source>
            <translation>Marcar imagen…</translation>
        </message>
        <message>
            <source>Replace file…</source>
            <translation>Reemplazar archivo…</translation>
        </message>
        <message>
            <source>Type of artifact</source>
            <translation>Tipo de artefacto</translation>
        </message>
        <message>
            <source>Choose or type a kind of artifact</source>
            <translation>Elija o escriba un tipo de artefacto</translation>
        </message>
        <message>
            <source>https://… (optional: where the artifact is published)</source>
            <translation>https://… (opcional: dónde está publicado el artefacto)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Anotación</translation>
        </message>
        <message>
            <source>Describe the artifact in your own words, or draft it from the fields above.</source>
            <translation>Describa el artefacto con sus propias palabras, o cree un borrador a partir de los campos de arriba.</translation>
        </message>
        <message>
            <source>Draft description from these fields</source>
            <translation>Crear borrador a partir de estos campos</translation>
        </message>
        <message>
            <source>Annotation ({min}-{max} words)</source>
            <translation>Anotación ({min}-{max} palabras)</translation>
        </message>
        <message numerus="yes">
            <source>Annotation (at most %n words)</source>
            <translation>
                <numerusform>Anotación (como máximo %n palabra)</numerusform>
                <numerusform>Anotación (como máximo %n palabras)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Annotation (at least %n words)</source>
            <translation>
                <numerusform>Anotación (al menos %n palabra)</numerusform>
                <numerusform>Anotación (al menos %n palabras)</numerusform>
            </translation>
        </message>
        <message>
            <source>Annotation (words)</source>
            <translation>Anotación (palabras)</translation>
        </message>
        <message>
            <source>Preview of {title}</source>
            <translation>Vista previa de {title}</translation>
        </message>
        <message>
            <source>Preview of this artifact</source>
            <translation>Vista previa de este artefacto</translation>
        </message>
        <message>
            <source>Artifact {number} of {total}</source>
            <translation>Artefacto {number} de {total}</translation>
        </message>
        <message>
            <source>Artifact {number}</source>
            <translation>Artefacto {number}</translation>
        </message>
        <message>
            <source>Open link</source>
            <translation>Abrir enlace</translation>
        </message>
        <message>
            <source>Attach screenshot…</source>
            <translation>Adjuntar captura de pantalla…</translation>
        </message>
        <message>
            <source>Still to give: {items}.</source>
            <translation>Falta indicar: {items}.</translation>
        </message>
    </context>
    <context>
        <name>ArtifactThumbnail</name>
        <message>
            <source>WEBSITE</source>
            <translation>SITIO WEB</translation>
        </message>
    </context>
    <context>
        <name>ArtifactViewer</name>
        <message>
            <source>Artifact</source>
            <translation>Artefacto</translation>
        </message>
        <message>
            <source>Fit to window</source>
            <translation>Ajustar a la ventana</translation>
        </message>
        <message>
            <source>Hide markup</source>
            <translation>Ocultar marcas</translation>
        </message>
        <message>
            <source>Show the image without highlights, arrows and callouts. Redactions are always kept.</source>
            <translation>Mostrar la imagen sin resaltados, flechas ni llamadas. Las partes tachadas se mantienen siempre.</translation>
        </message>
        <message>
            <source>Open with system application</source>
            <translation>Abrir con la aplicación del sistema</translation>
        </message>
        <message>
            <source>Preview of {title}</source>
            <translation>Vista previa de {title}</translation>
        </message>
        <message>
            <source>Preparing the image…</source>
            <translation>Preparando la imagen…</translation>
        </message>
        <message>
            <source>preparing the image</source>
            <translation>preparar la imagen</translation>
        </message>
        <message>
            <source>Shown as the packet will contain it.</source>
            <translation>Se muestra tal como aparecerá en el paquete.</translation>
        </message>
        <message>
            <source>No preview of this image.</source>
            <translation>No hay vista previa de esta imagen.</translation>
        </message>
        <message>
            <source>Drawing the first page…</source>
            <translation>Dibujando la primera página…</translation>
        </message>
        <message>
            <source>First page of the PDF. Open it to see every page.</source>
            <translation>Primera página del PDF. Ábralo para ver todas las páginas.</translation>
        </message>
        <message>
            <source>drawing the first page</source>
            <translation>dibujando la primera página</translation>
        </message>
        <message>
            <source>The first page could not be shown.</source>
            <translation>No se pudo mostrar la primera página.</translation>
        </message>
        <message>
            <source>No preview of this PDF.</source>
            <translation>No hay vista previa de este PDF.</translation>
        </message>
        <message>
            <source>The image could not be shown.</source>
            <translation>No se pudo mostrar la imagen.</translation>
        </message>
    </context>
    <context>
        <name>Artifacts</name>
        <message>
            <source>{name} is damaged: it has no pixels.</source>
            <translation>{name} está dañado: no tiene píxeles.</translation>
        </message>
        <message>
            <source>{name} is not an image this app can read.</source>
            <translation>{name} no es una imagen que esta aplicación pueda leer.</translation>
        </message>
        <message>
            <source>{name} is not a file (a folder or a missing file cannot be attached).</source>
            <translation>{name} no es un archivo (no se puede adjuntar una carpeta ni un archivo que no existe).</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes), so there is nothing to attach. If it came from a download or a phone, it may not have finished copying; try again.</source>
            <translation>{name} está vacío (0 bytes), así que no hay nada que adjuntar. Si viene de una descarga o de un teléfono, puede que no haya terminado de copiarse; inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{name} is {size}; the most one attachment may be is {most}. Attach a smaller copy (for a video, a short clip or a link to where it is published).</source>
            <translation>{name} ocupa {size}; un archivo adjunto puede ocupar como máximo {most}. Adjunte una copia más pequeña (para un video, un fragmento corto o un enlace a donde esté publicado).</translation>
        </message>
        <message>
            <source>{name} could not be read: {exc}.</source>
            <translation>No se pudo leer {name}: {exc}.</translation>
        </message>
        <message>
            <source>{name} is a HEIC photo, which cannot be previewed or placed in the packet. It was attached as a file. To show it, export it from the phone as JPEG and attach that instead.</source>
            <translation>{name} es una foto HEIC, que no se puede previsualizar ni colocar en el paquete. Se adjuntó como archivo. Para mostrarla, expórtela desde el teléfono como JPEG y adjunte esa copia.</translation>
        </message>
        <message>
            <source> (its contents are a web page)</source>
            <translation> (su contenido es una página web)</translation>
        </message>
        <message>
            <source> (it is text)</source>
            <translation> (es texto)</translation>
        </message>
        <message>
            <source>{name} is named like an image but is not one{looks}. It was attached as a plain file: it is listed by name and is not previewed or shown as a picture in the packet.</source>
            <translation>{name} tiene nombre de imagen, pero no lo es{looks}. Se adjuntó como archivo simple: aparece por su nombre y no se previsualiza ni se muestra como imagen en el paquete.</translation>
        </message>
        <message>
            <source>{name} is named like an image but is a {what}; it was attached as a {what}.</source>
            <translation>{name} tiene nombre de imagen, pero es de tipo «{what}»; se adjuntó como tal.</translation>
        </message>
        <message>
            <source>The PDF took longer than {timeout:.0f} seconds to draw, so no preview is shown. It is attached and opens in your PDF reader.</source>
            <translation>El PDF tardó más de {timeout:.0f} segundos en dibujarse, así que no se muestra una vista previa. Está adjunto y se abre en su lector de PDF.</translation>
        </message>
        <message>
            <source>The PDF is password-protected, so no preview is shown. It is attached and opens in your PDF reader.</source>
            <translation>El PDF está protegido con contraseña, así que no se muestra una vista previa. Está adjunto y se abre en su lector de PDF.</translation>
        </message>
        <message>
            <source>The PDF could not be drawn (it may be damaged). It is attached and may still open in your PDF reader.</source>
            <translation>No se pudo dibujar el PDF (puede estar dañado). Está adjunto y quizá se abra en su lector de PDF.</translation>
        </message>
        <message>
            <source>The PDF could not be read: {exc}.</source>
            <translation>No se pudo leer el PDF: {exc}.</translation>
        </message>
        <message>
            <source>The PDF has no pages.</source>
            <translation>El PDF no tiene páginas.</translation>
        </message>
        <message>
            <source>The PDF claims {n} pages, more than this app previews.</source>
            <translation>El PDF dice tener {n} páginas, más de las que esta aplicación previsualiza.</translation>
        </message>
        <message>
            <source>The PDF has no page {page}.</source>
            <translation>El PDF no tiene página {page}.</translation>
        </message>
        <message>
            <source>No preview: the PDF's page claims to be {width:.0f} by {height:.0f} inches, too large to draw safely. The PDF is attached and opens in your PDF reader.</source>
            <translation>Sin vista previa: la página del PDF dice medir {width:.0f} por {height:.0f} pulgadas, demasiado grande para dibujarla con seguridad. El PDF está adjunto y se abre en su lector de PDF.</translation>
        </message>
        <message>
            <source>The PDF's page has no size, so it cannot be drawn.</source>
            <translation>La página del PDF no tiene tamaño, así que no se puede dibujar.</translation>
        </message>
        <message>
            <source>No preview: the file could not be drawn. It is attached.</source>
            <translation>Sin vista previa: no se pudo dibujar el archivo. Está adjunto.</translation>
        </message>
        <message>
            <source>The PDF has no page that could be drawn.</source>
            <translation>El PDF no tiene ninguna página que se pueda dibujar.</translation>
        </message>
    </context>
    <context>
        <name>ArtifactsPage</name>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff);;All files (*)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Drop files here&lt;/b&gt; (photos, screenshots, PDFs, documents, recordings) or</source>
            <translation>&lt;b&gt;Suelte archivos aquí&lt;/b&gt; (fotos, capturas de pantalla, PDF, documentos, grabaciones) o</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Agregar archivos…</translation>
        </message>
        <message>
            <source>Add website link…</source>
            <translation>Agregar enlace a sitio web…</translation>
        </message>
        <message>
            <source>Attaching files</source>
            <translation>Adjuntando archivos</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop attaching files</source>
            <translation>Dejar de adjuntar archivos</translation>
        </message>
        <message>
            <source>Attach artifacts</source>
            <translation>Adjuntar artefactos</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Attaching {0}</source>
            <translation>Adjuntando {0}</translation>
        </message>
        <message>
            <source>attaching files</source>
            <translation>adjuntando archivos</translation>
        </message>
        <message>
            <source>Attaching {0} of {1} files…</source>
            <translation>Adjuntando {0} de {1} archivos…</translation>
        </message>
        <message>
            <source>{name} is already attached as Artifact {number}.</source>
            <translation>{name} ya está adjunto como Artefacto {number}.</translation>
        </message>
        <message>
            <source>{name} is already attached as an artifact of this part.</source>
            <translation>{name} ya está adjunto como artefacto de esta parte.</translation>
        </message>
        <message numerus="yes">
            <source>Attaching was stopped: {left} of %n files were not attached.</source>
            <translation>
                <numerusform>Se detuvo la carga: no se adjuntó {left} de %n archivo.</numerusform>
                <numerusform>Se detuvo la carga: no se adjuntaron {left} de %n archivos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This part asks for %n different artifacts; there are now {have}. Remove the ones you will not submit.</source>
            <translation>
                <numerusform>Esta parte pide %n artefacto; ahora hay {have}. Quite los que no vaya a entregar.</numerusform>
                <numerusform>Esta parte pide %n artefactos distintos; ahora hay {have}. Quite los que no vaya a entregar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n files could not be attached because of an unexpected problem ({error}). The cards already shown are attached; attach the others again, and if it happens again, restart the app.</source>
            <translation>
                <numerusform>No se pudo adjuntar {left} de %n archivo por un problema inesperado ({error}). Las tarjetas que ya se ven están adjuntas; adjunte los demás de nuevo y, si vuelve a ocurrir, reinicie la aplicación.</numerusform>
                <numerusform>No se pudieron adjuntar {left} de %n archivos por un problema inesperado ({error}). Las tarjetas que ya se ven están adjuntas; adjunte los demás de nuevo y, si vuelve a ocurrir, reinicie la aplicación.</numerusform>
            </translation>
        </message>
        <message>
            <source>finishing the attached files</source>
            <translation>terminando los archivos adjuntados</translation>
        </message>
        <message>
            <source>Add a website</source>
            <translation>Agregar un sitio web</translation>
        </message>
        <message>
            <source>Address of the website (you can attach a screenshot after):</source>
            <translation>Dirección del sitio web (después puede adjuntar una captura de pantalla):</translation>
        </message>
        <message>
            <source>Not a web address</source>
            <translation>No es una dirección web</translation>
        </message>
        <message>
            <source>“{text}” does not look like a web address. Copy it from the browser's address bar (it starts with https://).</source>
            <translation>“{text}” no parece una dirección web. Cópiela de la barra de direcciones del navegador (empieza por https://).</translation>
        </message>
        <message numerus="yes">
            <source>{have} of %n artifacts attached.</source>
            <translation>
                <numerusform>{have} de %n artefacto adjunto.</numerusform>
                <numerusform>{have} de %n artefactos adjuntos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{have} artifacts attached; this part asks for %n.</source>
            <translation>
                <numerusform>{have} artefactos adjuntos; esta parte pide %n.</numerusform>
                <numerusform>{have} artefactos adjuntos; esta parte pide %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} · preparing the preview…</source>
            <translation>{0} · preparando la vista previa…</translation>
        </message>
        <message>
            <source>No file attached.</source>
            <translation>No hay ningún archivo adjunto.</translation>
        </message>
        <message>
            <source>Some photos are damaged</source>
            <translation>Algunas fotos están dañadas</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) could not be read in full after they were attached. They stay attached, but cannot be shown or put in the packet: remove them, and attach a good copy of each.</source>
            <translation>
                <numerusform>%n foto no se pudo leer por completo después de adjuntarla. Sigue adjunta, pero no se puede mostrar ni incluir en el paquete: quítela y adjunte una copia en buen estado.</numerusform>
                <numerusform>%n fotos no se pudieron leer por completo después de adjuntarlas. Siguen adjuntas, pero no se pueden mostrar ni incluir en el paquete: quítelas y adjunte una copia en buen estado de cada una.</numerusform>
            </translation>
        </message>
        <message>
            <source>preparing previews</source>
            <translation>preparando vistas previas</translation>
        </message>
        <message>
            <source>Some previews could not be made ({0}).</source>
            <translation>No se pudieron crear algunas vistas previas ({0}).</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>No se pudo abrir el archivo</translation>
        </message>
        <message>
            <source>A copy could not be made: {error}</source>
            <translation>No se pudo hacer una copia: {error}</translation>
        </message>
        <message>
            <source>No application for this file</source>
            <translation>No hay ninguna aplicación para este archivo</translation>
        </message>
        <message>
            <source>No application on this computer opens this kind of file. A copy is at:
{path}</source>
            <translation>Ninguna aplicación de esta computadora abre este tipo de archivo. Hay una copia en:
{path}</translation>
        </message>
        <message>
            <source>Cannot mark up this image</source>
            <translation>No se puede marcar esta imagen</translation>
        </message>
        <message>
            <source>Attach a screenshot of the website</source>
            <translation>Adjuntar una captura de pantalla del sitio web</translation>
        </message>
        <message>
            <source>Replace the attached file</source>
            <translation>Reemplazar el archivo adjunto</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <source>The highlights, arrows, callouts and redactions belong to the current image and will be removed. Replace the file?</source>
            <translation>Los resaltados, flechas, llamadas y tachados pertenecen a la imagen actual y se quitarán. ¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <source>attaching {0}</source>
            <translation>adjuntando {0}</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>No se adjuntó el archivo</translation>
        </message>
        <message>
            <source>Nothing to draft from</source>
            <translation>No hay nada a partir de lo cual crear un borrador</translation>
        </message>
        <message>
            <source>Fill in the fields above (date and time, participants, purpose...) first.</source>
            <translation>Primero complete los campos de arriba (fecha y hora, participantes, propósito...).</translation>
        </message>
        <message>
            <source>Replace the description?</source>
            <translation>¿Reemplazar la descripción?</translation>
        </message>
        <message>
            <source>The description already has text. Replace it with a draft made from the fields? (Ctrl+Z in the description brings your text back.)</source>
            <translation>La descripción ya tiene texto. ¿Reemplazarlo por un borrador hecho a partir de los campos? (Ctrl+Z en la descripción recupera su texto).</translation>
        </message>
        <message>
            <source>this artifact</source>
            <translation>este artefacto</translation>
        </message>
        <message>
            <source>Remove artifact</source>
            <translation>Quitar artefacto</translation>
        </message>
        <message>
            <source>Remove “{title}” and its annotation from this workbook? The original file on your computer is not affected.</source>
            <translation>¿Quitar “{title}” y su anotación de este cuaderno de trabajo? El archivo original de su computadora no se modifica.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>the artifact</source>
            <translation>el artefacto</translation>
        </message>
        <message>
            <source>⚠ Not saved yet: {message}</source>
            <translation>⚠ Aún sin guardar: {message}</translation>
        </message>
    </context>
    <context>
        <name>Attach</name>
        <message>
            <source>{name} could not be copied: {reason}.</source>
            <translation>No se pudo copiar {name}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) were not attached:</source>
            <translation>
                <numerusform>Este archivo no se adjuntó:</numerusform>
                <numerusform>%n archivos no se adjuntaron:</numerusform>
            </translation>
        </message>
        <message>
            <source>Some files were not attached</source>
            <translation>Algunos archivos no se adjuntaron</translation>
        </message>
        <message>
            <source>Attached, with a note</source>
            <translation>Adjuntado, con una nota</translation>
        </message>
        <message>
            <source>No file attached.</source>
            <translation>No hay ningún archivo adjunto.</translation>
        </message>
        <message>
            <source>{name}: the stored copy is missing.</source>
            <translation>{name}: falta la copia guardada.</translation>
        </message>
        <message>
            <source>drawing a preview</source>
            <translation>dibujando una vista previa</translation>
        </message>
    </context>
    <context>
        <name>Autosave</name>
        <message>
            <source>All changes saved</source>
            <translation>Todos los cambios guardados</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Your last change could not be saved ({error}). It is still on screen and will be saved again in a moment.</source>
            <translation>No se pudo guardar su último cambio ({error}). Sigue en la pantalla y se guardará de nuevo en un momento.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>Choose…</source>
            <translation>Elija…</translation>
        </message>
        <message>
            <source>{0}: other, please describe</source>
            <translation>{0}: otro, descríbalo</translation>
        </message>
        <message>
            <source>Say what it is</source>
            <translation>Indique qué es</translation>
        </message>
    </context>
    <context>
        <name>ChoiceTableEditor</name>
        <message>
            <source>Choose a style…</source>
            <translation>Elija un estilo…</translation>
        </message>
    </context>
    <context>
        <name>CircleMap</name>
        <message>
            <source>Circle Map</source>
            <translation>Mapa circular</translation>
        </message>
        <message>
            <source>Circle map exported by TLI Workbook</source>
            <translation>Mapa circular exportado por TLI Workbook</translation>
        </message>
        <message>
            <source>Cannot export a circle map as {suffix}; use .pdf, .png or .svg.</source>
            <translation>No se puede exportar un mapa circular como {suffix}; use .pdf, .png o .svg.</translation>
        </message>
        <message>
            <source>a file without suffix</source>
            <translation>un archivo sin extensión</translation>
        </message>
        <message>
            <source>Frame of reference</source>
            <translation>Marco de referencia</translation>
        </message>
    </context>
    <context>
        <name>CircleMapCommand</name>
        <message>
            <source>Draw pen</source>
            <translation>Dibujar con lápiz</translation>
        </message>
        <message>
            <source>Draw highlighter</source>
            <translation>Dibujar con resaltador</translation>
        </message>
        <message>
            <source>Draw line</source>
            <translation>Dibujar línea</translation>
        </message>
        <message>
            <source>Draw arrow</source>
            <translation>Dibujar flecha</translation>
        </message>
        <message>
            <source>Erase pen</source>
            <translation>Borrar trazo de lápiz</translation>
        </message>
        <message>
            <source>Erase highlighter</source>
            <translation>Borrar resaltado</translation>
        </message>
        <message>
            <source>Erase line</source>
            <translation>Borrar línea</translation>
        </message>
        <message>
            <source>Erase arrow</source>
            <translation>Borrar flecha</translation>
        </message>
        <message>
            <source>Erase drawing</source>
            <translation>Borrar dibujo</translation>
        </message>
        <message>
            <source>Move pen</source>
            <translation>Mover trazo de lápiz</translation>
        </message>
        <message>
            <source>Move highlighter</source>
            <translation>Mover resaltado</translation>
        </message>
        <message>
            <source>Move line</source>
            <translation>Mover línea</translation>
        </message>
        <message>
            <source>Move arrow</source>
            <translation>Mover flecha</translation>
        </message>
        <message>
            <source>Colour pen</source>
            <translation>Cambiar color del trazo de lápiz</translation>
        </message>
        <message>
            <source>Colour highlighter</source>
            <translation>Cambiar color del resaltado</translation>
        </message>
        <message>
            <source>Colour line</source>
            <translation>Cambiar color de la línea</translation>
        </message>
        <message>
            <source>Colour arrow</source>
            <translation>Cambiar color de la flecha</translation>
        </message>
        <message>
            <source>Add “{text}”</source>
            <translation>Agregar “{text}”</translation>
        </message>
        <message>
            <source>Delete “{text}”</source>
            <translation>Eliminar “{text}”</translation>
        </message>
        <message>
            <source>Edit “{text}”</source>
            <translation>Editar “{text}”</translation>
        </message>
        <message>
            <source>Move “{text}”</source>
            <translation>Mover “{text}”</translation>
        </message>
        <message>
            <source>Move to {ring} “{text}”</source>
            <translation>Mover “{text}” a {ring}</translation>
        </message>
        <message>
            <source>Colour “{text}”</source>
            <translation>Cambiar color de “{text}”</translation>
        </message>
        <message>
            <source>Tidy the map</source>
            <translation>Ordenar el mapa</translation>
        </message>
    </context>
    <context>
        <name>CircleMapPage</name>
        <message>
            <source>Double-click inside a ring to add an entry there, or on an entry to edit it; drag an entry to move it (it stays where you drop it). Ctrl+wheel zooms; drag with the middle button or hold Space to pan.</source>
            <translation>Haga doble clic dentro de un anillo para agregar allí una entrada, o sobre una entrada para editarla; arrastre una entrada para moverla (se queda donde la suelte). Ctrl+rueda cambia el zoom; arrastre con el botón central o mantenga pulsada la barra espaciadora para desplazarse.</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <source>Circle map entries by ring</source>
            <translation>Entradas del Mapa circular por anillo</translation>
        </message>
        <message>
            <source>Insert adds an entry to the selected ring, F2 edits, Delete removes, Alt+Up and Alt+Down move an entry to the inner or outer ring.</source>
            <translation>Insert agrega una entrada al anillo seleccionado, F2 la edita, Supr la elimina, Alt+Arriba y Alt+Abajo mueven una entrada al anillo interior o exterior.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Agregar…</translation>
        </message>
        <message>
            <source>Add an entry to the selected ring</source>
            <translation>Agregar una entrada al anillo seleccionado</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit the selected entry</source>
            <translation>Editar la entrada seleccionada</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Nota…</translation>
        </message>
        <message>
            <source>A note on the entry's source</source>
            <translation>Una nota sobre la fuente de la entrada</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected entries</source>
            <translation>Eliminar las entradas seleccionadas</translation>
        </message>
        <message>
            <source>Inward</source>
            <translation>Adentro</translation>
        </message>
        <message>
            <source>Move to the inner ring</source>
            <translation>Mover al anillo interior</translation>
        </message>
        <message>
            <source>Outward</source>
            <translation>Afuera</translation>
        </message>
        <message>
            <source>Move to the outer ring</source>
            <translation>Mover al anillo exterior</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Elija un color</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Cambiar color</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Agregar entrada</translation>
        </message>
        <message>
            <source>New entry in %1:</source>
            <translation>Nueva entrada en %1:</translation>
        </message>
        <message numerus="yes">
            <source>%n entries overlap on the map: drag them apart, or use Tidy to arrange the whole map.</source>
            <translation>
                <numerusform>%n entrada se superpone con otra en el mapa: sepárelas arrastrándolas o use Ordenar para organizar todo el mapa.</numerusform>
                <numerusform>%n entradas se superponen en el mapa: sepárelas arrastrándolas o use Ordenar para organizar todo el mapa.</numerusform>
            </translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Where this comes from (optional):</source>
            <translation>De dónde proviene (opcional):</translation>
        </message>
        <message>
            <source>Move to another ring</source>
            <translation>Mover a otro anillo</translation>
        </message>
        <message>
            <source>Load a theme list</source>
            <translation>Cargar una lista de temas</translation>
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Theme list</source>
            <translation>Lista de temas</translation>
        </message>
        <message>
            <source>The file could not be read: {reason}.</source>
            <translation>No se pudo leer el archivo: {reason}.</translation>
        </message>
        <message>
            <source>Not saved yet (retrying): %1</source>
            <translation>Aún sin guardar (reintentando): %1</translation>
        </message>
        <message>
            <source>Circle map not saved</source>
            <translation>Mapa circular sin guardar</translation>
        </message>
        <message>
            <source>Circle Map</source>
            <translation>Mapa circular</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the circle map as {format}</source>
            <translation>Exportar el Mapa circular como {format}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>No se pudo exportar</translation>
        </message>
        <message>
            <source>The map could not be exported: {error}</source>
            <translation>No se pudo exportar el mapa: {error}</translation>
        </message>
    </context>
    <context>
        <name>CircleMapPrint</name>
        <message>
            <source>Print circle map</source>
            <translation>Imprimir el Mapa circular</translation>
        </message>
        <message>
            <source>Title line (optional)</source>
            <translation>Línea de título (opcional)</translation>
        </message>
        <message>
            <source>Title line</source>
            <translation>Línea de título</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source> Title: </source>
            <translation> Título: </translation>
        </message>
    </context>
    <context>
        <name>CircleMapScene</name>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Borrar</translation>
        </message>
        <message numerus="yes">
            <source>Move %n items</source>
            <translation>
                <numerusform>Mover %n elemento</numerusform>
                <numerusform>Mover %n elementos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>a credential definition is invalid: {error}</source>
            <translation>una definición de credencial no es válida: {error}</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrumpido</translation>
        </message>
        <message>
            <source>unknown credential {name}; see `tli-workbook credentials`</source>
            <translation>credencial desconocida {name}; vea `tli-workbook credentials`</translation>
        </message>
        <message>
            <source>could not write {file}: {error}</source>
            <translation>no se pudo escribir {file}: {error}</translation>
        </message>
        <message>
            <source>the output file must end in .pdf, .png or .svg</source>
            <translation>el archivo de salida debe terminar en .pdf, .png o .svg</translation>
        </message>
        <message>
            <source>give the output file (OUT.pdf or OUT.docx)</source>
            <translation>indique el archivo de salida (SALIDA.pdf o SALIDA.docx)</translation>
        </message>
        <message>
            <source>the output file must end in .pdf or .docx</source>
            <translation>el archivo de salida debe terminar en .pdf o .docx</translation>
        </message>
        <message>
            <source>workbook {id} has no tool copy {copy}; `tli-workbook export-tool {id} list` prints its copies</source>
            <translation>el cuaderno {id} no tiene la copia de herramienta {copy}; `tli-workbook export-tool {id} list` muestra sus copias</translation>
        </message>
        <message>
            <source>warning: {0}</source>
            <translation>aviso: {0}</translation>
        </message>
        <message>
            <source>the data folder {folder} cannot be used: {error}</source>
            <translation>no se puede usar la carpeta de datos {folder}: {error}</translation>
        </message>
        <message>
            <source>give a WORKBOOK_ID or --archive FILE</source>
            <translation>indique un ID_DE_CUADERNO o --archive ARCHIVO</translation>
        </message>
        <message>
            <source>say what to write: --docx OUT.docx, --pdf OUT.pdf, --md OUT.md and/or --upload-kit DIR</source>
            <translation>indique qué escribir: --docx SALIDA.docx, --pdf SALIDA.pdf, --md SALIDA.md y/o --upload-kit CARPETA</translation>
        </message>
        <message>
            <source>a guidebook tool definition is invalid: {error}</source>
            <translation>una definición de herramienta de la guía no es válida: {error}</translation>
        </message>
        <message>
            <source>unknown tool {name}; `tli-workbook tools` lists them</source>
            <translation>herramienta desconocida {name}; `tli-workbook tools` las enumera</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare: {0}</source>
            <translation>Comparar: {0}</translation>
        </message>
        <message>
            <source>Copy shown on the left</source>
            <translation>Copia que se muestra a la izquierda</translation>
        </message>
        <message>
            <source>This copy could not be shown.</source>
            <translation>No se pudo mostrar esta copia.</translation>
        </message>
    </context>
    <context>
        <name>CoreBeliefPanel</name>
        <message>
            <source>Type your core belief or theme</source>
            <translation>Escriba su creencia central o tema</translation>
        </message>
        <message>
            <source>Load list…</source>
            <translation>Cargar lista…</translation>
        </message>
        <message>
            <source>Load theme list</source>
            <translation>Cargar lista de temas</translation>
        </message>
        <message>
            <source>Optional: add your own list to pick from, a text file with one theme per line (for example, the themes you noted from your booklet).</source>
            <translation>Opcional: agregue su propia lista para elegir de ella, un archivo de texto con un tema por línea (por ejemplo, los temas que anotó en su cuadernillo).</translation>
        </message>
        <message>
            <source>Write it in your own words. The list offers a few examples to start from; the one that matters is the belief that drives your work.</source>
            <translation>Escríbala con sus propias palabras. La lista ofrece algunos ejemplos para empezar; la que importa es la creencia que impulsa su trabajo.</translation>
        </message>
        <message>
            <source>Source (optional), e.g. where the theme comes from</source>
            <translation>Fuente (opcional), p. ej., de dónde viene el tema</translation>
        </message>
        <message>
            <source>{label} source note</source>
            <translation>Nota sobre la fuente: {label}</translation>
        </message>
        <message>
            <source>Example: {0}</source>
            <translation>Ejemplo: {0}</translation>
        </message>
    </context>
    <context>
        <name>CounterLabel</name>
        <message>
            <source>Word counter</source>
            <translation>Contador de palabras</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashHandler</name>
        <message>
            <source>(no log file: the data folder is not writable)</source>
            <translation>(no hay archivo de registro: no se puede escribir en la carpeta de datos)</translation>
        </message>
        <message>
            <source>Your work has been saved.</source>
            <translation>Su trabajo se ha guardado.</translation>
        </message>
        <message>
            <source>Some recent changes may not have been saved; the app will keep trying.</source>
            <translation>Es posible que algunos cambios recientes no se hayan guardado; la aplicación seguirá intentándolo.</translation>
        </message>
        <message>
            <source>Something went wrong inside TLI Workbook: {error}

{state}

The details are in the log file:
{where}</source>
            <translation>Algo falló dentro de TLI Workbook: {error}

{state}

Los detalles están en el archivo de registro:
{where}</translation>
        </message>
        <message>
            <source>

The same problem keeps happening, so the app will now close.</source>
            <translation>

El mismo problema se repite, así que la aplicación se cerrará ahora.</translation>
        </message>
        <message>
            <source>TLI Workbook ran into a problem</source>
            <translation>TLI Workbook tuvo un problema</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
    </context>
    <context>
        <name>EntryListModel</name>
        <message numerus="yes">
            <source>{ring} ring, %n entries</source>
            <translation>
                <numerusform>Anillo {ring}, %n entrada</numerusform>
                <numerusform>Anillo {ring}, %n entradas</numerusform>
            </translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacía)</translation>
        </message>
    </context>
    <context>
        <name>EvidenceKinds</name>
        <message>
            <source>audio recording</source>
            <translation>grabación de audio</translation>
        </message>
        <message>
            <source>video</source>
            <translation>video</translation>
        </message>
        <message>
            <source>Word 97-2003 document</source>
            <translation>documento de Word 97-2003</translation>
        </message>
        <message>
            <source>PowerPoint 97-2003 presentation</source>
            <translation>presentación de PowerPoint 97-2003</translation>
        </message>
        <message>
            <source>Excel spreadsheet</source>
            <translation>hoja de cálculo de Excel</translation>
        </message>
        <message>
            <source>OpenDocument presentation</source>
            <translation>presentación de OpenDocument</translation>
        </message>
        <message>
            <source>OpenDocument spreadsheet</source>
            <translation>hoja de cálculo de OpenDocument</translation>
        </message>
        <message>
            <source>ZIP archive</source>
            <translation>archivo ZIP</translation>
        </message>
        <message>
            <source>web page</source>
            <translation>página web</translation>
        </message>
        <message>
            <source>text file</source>
            <translation>archivo de texto</translation>
        </message>
        <message>
            <source>HEIC photo</source>
            <translation>foto HEIC</translation>
        </message>
        <message>
            <source>SVG drawing</source>
            <translation>dibujo SVG</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
    </context>
    <context>
        <name>EvidenceReadiness</name>
        <message>
            <source>Artifact {i} annotation: {element}</source>
            <translation>Anotación del artefacto {i}: {element}</translation>
        </message>
        <message>
            <source>The annotation does not seem to mention this ({element}): the assessor reads only the annotation</source>
            <translation>La anotación no parece mencionar esto ({element}): el evaluador solo lee la anotación</translation>
        </message>
        <message>
            <source>Artifact {i}: {name} travels only as the original file</source>
            <translation>Artefacto {i}: {name} solo va como el archivo original</translation>
        </message>
        <message>
            <source>The packet cannot show this {what}: it carries a page naming it, and the file goes into the upload kit for the assessor to open. Export the upload kit and upload that file too.</source>
            <translation>El paquete no puede mostrar este archivo ({what}): lleva una página que lo nombra, y el archivo va en el kit de carga para que el evaluador lo abra. Exporte el kit de carga y suba también ese archivo.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>The export failed unexpectedly: {0}. Nothing was written. Try again; if it happens again, the log has the details.</source>
            <translation>La exportación falló de forma inesperada: {0}. No se escribió nada. Inténtelo de nuevo; si vuelve a ocurrir, el registro tiene los detalles.</translation>
        </message>
        <message>
            <source>exporting the packet</source>
            <translation>exportar el paquete</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exportando</translation>
        </message>
        <message>
            <source>Preparing the packet…</source>
            <translation>Preparando el paquete…</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export submission packet</source>
            <translation>Exportar el paquete de entrega</translation>
        </message>
        <message>
            <source>Writes the {0} submission packet in the order the credential asks for. Nothing in it names you unless you type a name below.</source>
            <translation>Escribe el paquete de entrega de {0} en el orden que pide la credencial. Nada en él lo nombra a usted, a menos que escriba un nombre abajo.</translation>
        </message>
        <message>
            <source>Destination folder</source>
            <translation>Carpeta de destino</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>Guardar en:</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Nombre del archivo</translation>
        </message>
        <message>
            <source>File name:</source>
            <translation>Nombre del archivo:</translation>
        </message>
        <message>
            <source>Word document (.docx)</source>
            <translation>Documento de Word (.docx)</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Upload kit: one PDF per part and artifact, in a folder</source>
            <translation>Kit de carga: un PDF por parte y por artefacto, en una carpeta</translation>
        </message>
        <message>
            <source>Write:</source>
            <translation>Escribir:</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papel:</translation>
        </message>
        <message>
            <source>Add my rubric self-assessment as an appendix</source>
            <translation>Agregar mi autoevaluación con la rúbrica como anexo</translation>
        </message>
        <message>
            <source>Leave empty: the credentials ask for anonymous work</source>
            <translation>Déjelo vacío: las credenciales piden trabajos anónimos</translation>
        </message>
        <message>
            <source>Name on the cover (optional)</source>
            <translation>Nombre en la portada (opcional)</translation>
        </message>
        <message>
            <source>Name on cover:</source>
            <translation>Nombre en la portada:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Save the packet in</source>
            <translation>Guardar el paquete en</translation>
        </message>
        <message>
            <source>Choose what to write: a Word document, a PDF or an upload kit.</source>
            <translation>Elija qué escribir: un documento de Word, un PDF o un kit de carga.</translation>
        </message>
        <message>
            <source>Choose the folder to save the packet in.</source>
            <translation>Elija la carpeta donde guardar el paquete.</translation>
        </message>
        <message>
            <source>{0} is a file, not a folder. Choose a folder to save the packet in.</source>
            <translation>{0} es un archivo, no una carpeta. Elija una carpeta donde guardar el paquete.</translation>
        </message>
        <message>
            <source>The folder {0} could not be made ({1}). Choose another folder.</source>
            <translation>No se pudo crear la carpeta {0} ({1}). Elija otra carpeta.</translation>
        </message>
        <message>
            <source>Create the folder?</source>
            <translation>¿Crear la carpeta?</translation>
        </message>
        <message>
            <source>The folder {0} does not exist yet. Create it and save the packet there?</source>
            <translation>La carpeta {0} todavía no existe. ¿Desea crearla y guardar allí el paquete?</translation>
        </message>
        <message>
            <source>Create folder</source>
            <translation>Crear carpeta</translation>
        </message>
    </context>
    <context>
        <name>ExportDoneDialog</name>
        <message>
            <source>Packet exported</source>
            <translation>Paquete exportado</translation>
        </message>
        <message>
            <source>Your packet is ready.</source>
            <translation>Su paquete está listo.</translation>
        </message>
        <message>
            <source>Saved in {0}:</source>
            <translation>Guardado en {0}:</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>Documento de Word</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message numerus="yes">
            <source>Upload kit: %n file(s) in the folder {folder}</source>
            <translation>
                <numerusform>Kit de carga: %n archivo en la carpeta {folder}</numerusform>
                <numerusform>Kit de carga: %n archivos en la carpeta {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir la carpeta</translation>
        </message>
        <message>
            <source>Show the PDF</source>
            <translation>Mostrar el PDF</translation>
        </message>
        <message>
            <source>Could not open</source>
            <translation>No se pudo abrir</translation>
        </message>
        <message>
            <source>No program opened {0}. Open it from your file manager.</source>
            <translation>Ningún programa abrió {0}. Ábralo desde su administrador de archivos.</translation>
        </message>
    </context>
    <context>
        <name>ExportGuard</name>
        <message numerus="yes">
            <source>%n requirement(s) not met yet:</source>
            <translation>
                <numerusform>Todavía falta cumplir %n requisito:</numerusform>
                <numerusform>Todavía falta cumplir %n requisitos:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  • …and %n more (see Review › Readiness)</source>
            <translation>
                <numerusform>  • …y %n más (vea Revisión › Preparación)</numerusform>
                <numerusform>  • …y %n más (vea Revisión › Preparación)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n detail(s) could identify you or your students:</source>
            <translation>
                <numerusform>%n dato podría identificarlo a usted o a sus estudiantes:</numerusform>
                <numerusform>%n datos podrían identificarlo a usted o a sus estudiantes:</numerusform>
            </translation>
        </message>
        <message>
            <source>  • {what}: “{found}” in {where}</source>
            <translation>  • {what}: «{found}» en {where}</translation>
        </message>
        <message numerus="yes">
            <source>  • …and %n more (see Review › Privacy)</source>
            <translation>
                <numerusform>  • …y %n más (vea Revisión › Privacidad)</numerusform>
                <numerusform>  • …y %n más (vea Revisión › Privacidad)</numerusform>
            </translation>
        </message>
        <message>
            <source>

Export the packet anyway?</source>
            <translation>

¿Desea exportar el paquete de todos modos?</translation>
        </message>
        <message>
            <source>Before you export</source>
            <translation>Antes de exportar</translation>
        </message>
        <message>
            <source>Export anyway</source>
            <translation>Exportar de todos modos</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPage</name>
        <message>
            <source>⚠ Not saved yet: {message}</source>
            <translation>⚠ Aún sin guardar: {message}</translation>
        </message>
        <message>
            <source>Add respondent</source>
            <translation>Agregar participante</translation>
        </message>
        <message numerus="yes">
            <source>Record the feedback of at least %n stakeholders who took part, each by role only, never by name.</source>
            <translation>
                <numerusform>Registre los comentarios de al menos %n parte interesada que participó, identificada solo por su función, nunca por su nombre.</numerusform>
                <numerusform>Registre los comentarios de al menos %n partes interesadas que participaron, cada una identificada solo por su función, nunca por su nombre.</numerusform>
            </translation>
        </message>
        <message>
            <source>Blank form to hand out:</source>
            <translation>Formulario en blanco para repartir:</translation>
        </message>
        <message>
            <source>Save as Word…</source>
            <translation>Guardar como Word…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Saved the blank form to {path}</source>
            <translation>El formulario en blanco se guardó en {path}</translation>
        </message>
        <message>
            <source>Could not add a respondent</source>
            <translation>No se pudo agregar un participante</translation>
        </message>
        <message>
            <source>this respondent</source>
            <translation>este participante</translation>
        </message>
        <message>
            <source>Remove respondent</source>
            <translation>Quitar participante</translation>
        </message>
        <message>
            <source>Remove the feedback from “{role}”? Their answers will be deleted from this workbook.</source>
            <translation>¿Quitar los comentarios de “{role}”? Sus respuestas se eliminarán de este cuaderno de trabajo.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>the respondent</source>
            <translation>el participante</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPrint</name>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save blank feedback form</source>
            <translation>Guardar el formulario de comentarios en blanco</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Could not save the form</source>
            <translation>No se pudo guardar el formulario</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}. Choose another folder.</source>
            <translation>No se pudo escribir {path}: {reason}. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>Print blank feedback form</source>
            <translation>Imprimir el formulario de comentarios en blanco</translation>
        </message>
        <message>
            <source>Participant feedback form</source>
            <translation>Formulario de comentarios de los participantes</translation>
        </message>
        <message>
            <source>Could not prepare the form for printing</source>
            <translation>No se pudo preparar el formulario para imprimir</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>(No answer.)</source>
            <translation>(Sin respuesta.)</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <source>Choose one</source>
            <translation>Elija una opción</translation>
        </message>
        <message>
            <source>Fill in: {items}</source>
            <translation>Complete: {items}</translation>
        </message>
        <message>
            <source>{where} (other)</source>
            <translation>{where} (otro)</translation>
        </message>
        <message>
            <source>Other: </source>
            <translation>Otro: </translation>
        </message>
        <message>
            <source>{field}: {n} of at least {total}</source>
            <translation>{field}: {n} de al menos {total}</translation>
        </message>
        <message numerus="yes">
            <source>Add %n more</source>
            <translation>
                <numerusform>Agregue %n más</numerusform>
                <numerusform>Agregue %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>{field}: each kind present</source>
            <translation>{field}: cada tipo presente</translation>
        </message>
        <message>
            <source>Missing: {items}</source>
            <translation>Falta: {items}</translation>
        </message>
        <message>
            <source>(link broken)</source>
            <translation>(enlace roto)</translation>
        </message>
        <message numerus="yes">
            <source>%n linked need(s) no longer on the Circle Map: link a current need</source>
            <translation>
                <numerusform>%n necesidad vinculada ya no está en el Mapa circular: vincule una necesidad actual</numerusform>
                <numerusform>%n necesidades vinculadas ya no están en el Mapa circular: vincule una necesidad actual</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Link at least %n need(s) from your Circle Map</source>
            <translation>
                <numerusform>Vincule al menos %n necesidad de su Mapa circular</numerusform>
                <numerusform>Vincule al menos %n necesidades de su Mapa circular</numerusform>
            </translation>
        </message>
        <message>
            <source>The attached file is missing: attach it again</source>
            <translation>Falta el archivo adjunto: adjúntelo de nuevo</translation>
        </message>
        <message>
            <source>Attach the file</source>
            <translation>Adjunte el archivo</translation>
        </message>
        <message>
            <source>{where}, file {i}</source>
            <translation>{where}, archivo {i}</translation>
        </message>
        <message>
            <source>{where}: file name</source>
            <translation>{where}: nombre del archivo</translation>
        </message>
        <message>
            <source>{where}: file details</source>
            <translation>{where}: datos del archivo</translation>
        </message>
        <message>
            <source>attached file</source>
            <translation>archivo adjunto</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>{field}: {n} {level}(s)</source>
            <translation>{field}: {n} ({level})</translation>
        </message>
        <message>
            <source>Add at least one {level}</source>
            <translation>Agregue al menos un elemento ({level})</translation>
        </message>
        <message>
            <source>Partner {i}</source>
            <translation>Socio {i}</translation>
        </message>
        <message>
            <source>Agree on at least one item</source>
            <translation>Pónganse de acuerdo en al menos un punto</translation>
        </message>
        <message>
            <source>{field}: {n} agreed by all</source>
            <translation>{field}: {n} acordados por todos</translation>
        </message>
        <message>
            <source>{n} of {total} agreed by all</source>
            <translation>{n} de {total} acordados por todos</translation>
        </message>
        <message>
            <source>All agree</source>
            <translation>Todos de acuerdo</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Agreed by all partners: {n} of {total}.</source>
            <translation>Acordados por todos los socios: {n} de {total}.</translation>
        </message>
        <message>
            <source>Partner:</source>
            <translation>Socio:</translation>
        </message>
        <message>
            <source>Each partner writes their name at the top of a column and ticks the items they agree with; an item counts only when every partner has ticked it.</source>
            <translation>Cada socio escribe su nombre en la parte superior de una columna y marca los puntos con los que está de acuerdo; un punto cuenta solo cuando todos los socios lo han marcado.</translation>
        </message>
        <message>
            <source>Initials missing: {items}</source>
            <translation>Faltan iniciales: {items}</translation>
        </message>
        <message>
            <source>{field}: {n} of {total} initialled by all</source>
            <translation>{field}: {n} de {total} con las iniciales de todos</translation>
        </message>
        <message>
            <source>{n} of {total} initialled by all</source>
            <translation>{n} de {total} con las iniciales de todos</translation>
        </message>
        <message>
            <source>Initialled by every partner: {summary}.</source>
            <translation>Con las iniciales de todos los socios: {summary}.</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Iniciales</translation>
        </message>
        <message>
            <source>Partners: ____________________________________________ (each partner initials a component once it is agreed).</source>
            <translation>Socios: ____________________________________________ (cada socio pone sus iniciales en un componente cuando se acuerda).</translation>
        </message>
        <message>
            <source>At least {n}</source>
            <translation>Al menos {n}</translation>
        </message>
        <message>
            <source>At most {n}</source>
            <translation>Como máximo {n}</translation>
        </message>
        <message numerus="yes">
            <source>{field}: %n row(s)</source>
            <translation>
                <numerusform>{field}: %n fila</numerusform>
                <numerusform>{field}: %n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fill at least %n row(s)</source>
            <translation>
                <numerusform>Complete al menos %n fila</numerusform>
                <numerusform>Complete al menos %n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %n character(s)</source>
            <translation>
                <numerusform>Como máximo %n carácter</numerusform>
                <numerusform>Como máximo %n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>Write an answer</source>
            <translation>Escriba una respuesta</translation>
        </message>
    </context>
    <context>
        <name>FileEditor</name>
        <message>
            <source>Word document</source>
            <translation>Documento de Word</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Accepted files ({patterns})</source>
            <translation>Archivos aceptados ({patterns})</translation>
        </message>
        <message>
            <source>{size} bytes</source>
            <translation>{size} bytes</translation>
        </message>
        <message>
            <source>Attach a file…</source>
            <translation>Adjuntar un archivo…</translation>
        </message>
        <message>
            <source>Attach a file to {label}</source>
            <translation>Adjuntar un archivo a {label}</translation>
        </message>
        <message>
            <source>Accepted: {kinds}</source>
            <translation>Se aceptan: {kinds}</translation>
        </message>
        <message>
            <source>Attach: {label}</source>
            <translation>Adjuntar: {label}</translation>
        </message>
        <message>
            <source>File type not accepted</source>
            <translation>Tipo de archivo no aceptado</translation>
        </message>
        <message>
            <source>“{name}” is not one of the accepted kinds of file ({kinds}). Save it as one of these and attach it again.</source>
            <translation>“{name}” no es de ninguno de los tipos de archivo aceptados ({kinds}). Guárdelo en uno de esos formatos y adjúntelo de nuevo.</translation>
        </message>
        <message>
            <source>Could not attach the file</source>
            <translation>No se pudo adjuntar el archivo</translation>
        </message>
        <message>
            <source>“{name}” could not be read: {reason}.</source>
            <translation>No se pudo leer “{name}”: {reason}.</translation>
        </message>
        <message>
            <source>this file</source>
            <translation>este archivo</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Quitar el archivo adjunto</translation>
        </message>
        <message>
            <source>Remove “{name}” from this answer? (The file on your computer is not touched.)</source>
            <translation>¿Quitar “{name}” de esta respuesta? (El archivo de su computadora no se modifica).</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>File missing</source>
            <translation>Falta el archivo</translation>
        </message>
        <message>
            <source>This attachment is no longer in the workbook's data folder.</source>
            <translation>Este archivo adjunto ya no está en la carpeta de datos del cuaderno de trabajo.</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>No se pudo abrir el archivo</translation>
        </message>
        <message>
            <source>A copy could not be made: {reason}.</source>
            <translation>No se pudo hacer una copia: {reason}.</translation>
        </message>
        <message>
            <source>No program on this computer opened “{name}”. A copy is at {path}.</source>
            <translation>Ningún programa de esta computadora abrió “{name}”. Hay una copia en {path}.</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>archivo adjunto</translation>
        </message>
        <message>
            <source>Attached file {name}</source>
            <translation>Archivo adjunto {name}</translation>
        </message>
        <message>
            <source>missing from this workbook</source>
            <translation>falta en este cuaderno de trabajo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open a copy of {name}</source>
            <translation>Abrir una copia de {name}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Quitar {name}</translation>
        </message>
        <message>
            <source>Attach another file…</source>
            <translation>Adjuntar otro archivo…</translation>
        </message>
    </context>
    <context>
        <name>FileKinds</name>
        <message>
            <source>image</source>
            <translation>imagen</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>documento PDF</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>documento de Word</translation>
        </message>
        <message>
            <source>PowerPoint presentation</source>
            <translation>presentación de PowerPoint</translation>
        </message>
        <message>
            <source>Excel spreadsheet</source>
            <translation>hoja de cálculo de Excel</translation>
        </message>
        <message>
            <source>ZIP archive</source>
            <translation>archivo ZIP</translation>
        </message>
        <message>
            <source>web page</source>
            <translation>página web</translation>
        </message>
        <message>
            <source>text file</source>
            <translation>archivo de texto</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>{format} image</source>
            <translation>imagen {format}</translation>
        </message>
        <message>
            <source>presentation</source>
            <translation>presentación</translation>
        </message>
        <message>
            <source>spreadsheet</source>
            <translation>hoja de cálculo</translation>
        </message>
        <message>
            <source>video</source>
            <translation>video</translation>
        </message>
        <message>
            <source>audio recording</source>
            <translation>grabación de audio</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Find</name>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Row {0}</source>
            <translation>Fila {0}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>Artifact {0}</source>
            <translation>Artefacto {0}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Anotación</translation>
        </message>
        <message>
            <source>Callout {0}</source>
            <translation>Llamada {0}</translation>
        </message>
        <message>
            <source>Stakeholder {0}</source>
            <translation>Parte interesada {0}</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Answer {0}</source>
            <translation>Respuesta {0}</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>F&amp;ind in this workbook:</source>
            <translation>&amp;Buscar en este cuaderno:</translation>
        </message>
        <message>
            <source>Find in this workbook</source>
            <translation>Buscar en este cuaderno</translation>
        </message>
        <message>
            <source>A word or phrase from any answer, entry or note</source>
            <translation>Una palabra o frase de cualquier respuesta, entrada o nota</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Cerrar la búsqueda</translation>
        </message>
        <message>
            <source>Close find (Esc)</source>
            <translation>Cerrar la búsqueda (Esc)</translation>
        </message>
        <message>
            <source>Places where the words were found</source>
            <translation>Lugares donde se encontraron las palabras</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>No se encontró</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n lugar</numerusform>
                <numerusform>%n lugares</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunPanel</name>
        <message>
            <source>Welcome to TLI Workbook</source>
            <translation>Le damos la bienvenida a TLI Workbook</translation>
        </message>
        <message>
            <source>Prepare a micro-credential submission part by part, with each prompt, word count and rubric beside what you write.</source>
            <translation>Prepare la entrega de una microcredencial parte por parte, con cada consigna, cada límite de palabras y la rúbrica junto a lo que escribe.</translation>
        </message>
        <message>
            <source>Build your Circle Map, attach and mark up your artifacts, and collect feedback. Everything is saved as you type, on this computer only.</source>
            <translation>Construya su Mapa circular, adjunte y marque sus artefactos y reúna comentarios. Todo se guarda mientras escribe, solo en esta computadora.</translation>
        </message>
        <message>
            <source>When it is ready, export the packet as Word, PDF or an upload kit, in the order the credential asks for.</source>
            <translation>Cuando esté listo, exporte el paquete como Word, PDF o kit de carga, en el orden que pide la credencial.</translation>
        </message>
        <message>
            <source>New workbook…</source>
            <translation>Nuevo cuaderno…</translation>
        </message>
        <message>
            <source>Open the sample</source>
            <translation>Abrir el ejemplo</translation>
        </message>
        <message>
            <source>A finished Coaching and Mentoring submission to look through</source>
            <translation>Una entrega terminada de Coaching and Mentoring para consultar</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Open a workbook archive (.tliwb) from TLI Workbook</source>
            <translation>Abrir un archivo comprimido de cuaderno (.tliwb) de TLI Workbook</translation>
        </message>
    </context>
    <context>
        <name>Fishbone</name>
        <message>
            <source>Double-click to write the issue</source>
            <translation>Haga doble clic para escribir el problema</translation>
        </message>
        <message>
            <source>Double-click to write the cause</source>
            <translation>Haga doble clic para escribir la causa</translation>
        </message>
        <message>
            <source>Why? (double-click)</source>
            <translation>¿Por qué? (doble clic)</translation>
        </message>
        <message>
            <source>Another answer (double-click)</source>
            <translation>Otra respuesta (doble clic)</translation>
        </message>
        <message>
            <source>Pareto check</source>
            <translation>Comprobación de Pareto</translation>
        </message>
        <message>
            <source>Top cause</source>
            <translation>Causa principal</translation>
        </message>
        <message>
            <source>Yes, we can address it</source>
            <translation>Sí, podemos abordarla</translation>
        </message>
        <message>
            <source>No: move on to the next cause</source>
            <translation>No: pasar a la siguiente causa</translation>
        </message>
        <message>
            <source>Can we address it? (not answered)</source>
            <translation>¿Podemos abordarla? (sin responder)</translation>
        </message>
        <message>
            <source>Click + to add a cause</source>
            <translation>Haga clic en + para agregar una causa</translation>
        </message>
        <message>
            <source>Add a cause on a bone</source>
            <translation>Agregue una causa en una espina</translation>
        </message>
        <message>
            <source>Two causes share rank {rank}</source>
            <translation>Dos causas comparten el puesto {rank}</translation>
        </message>
        <message>
            <source>Rank every cause (1 = the biggest driver)</source>
            <translation>Clasifique cada causa (1 = la que más influye)</translation>
        </message>
        <message>
            <source>Rank a cause 1 first</source>
            <translation>Primero asigne el puesto 1 a una causa</translation>
        </message>
        <message>
            <source>Ask why five times ({n} of 5)</source>
            <translation>Pregunte por qué cinco veces ({n} de 5)</translation>
        </message>
        <message>
            <source>Answer the Pareto check</source>
            <translation>Responda la comprobación de Pareto</translation>
        </message>
        <message>
            <source>Write the issue at the head</source>
            <translation>Escriba el problema en la cabeza</translation>
        </message>
        <message>
            <source>the issue</source>
            <translation>el problema</translation>
        </message>
        <message>
            <source>causes ranked</source>
            <translation>causas clasificadas</translation>
        </message>
        <message>
            <source>5 Whys on the top cause</source>
            <translation>5 porqués sobre la causa principal</translation>
        </message>
        <message>
            <source>{field}: {what}</source>
            <translation>{field}: {what}</translation>
        </message>
        <message>
            <source>{where}: issue</source>
            <translation>{where}: problema</translation>
        </message>
        <message>
            <source>{where}: cause {i}</source>
            <translation>{where}: causa {i}</translation>
        </message>
        <message>
            <source>{cause}, why {j}</source>
            <translation>{cause}, porqué {j}</translation>
        </message>
        <message>
            <source>{cause}, why {j}, other answer {k}</source>
            <translation>{cause}, porqué {j}, otra respuesta {k}</translation>
        </message>
        <message>
            <source>{where}: Pareto check</source>
            <translation>{where}: comprobación de Pareto</translation>
        </message>
        <message numerus="yes">
            <source>{issue} (%n cause(s))</source>
            <translation>
                <numerusform>{issue} (%n causa)</numerusform>
                <numerusform>{issue} (%n causas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Fishbone diagram: {issue}</source>
            <translation>Diagrama de espina de pescado: {issue}</translation>
        </message>
        <message>
            <source>Issue: </source>
            <translation>Problema: </translation>
        </message>
        <message>
            <source>rank {rank}</source>
            <translation>puesto {rank}</translation>
        </message>
        <message>
            <source>not ranked</source>
            <translation>sin clasificar</translation>
        </message>
        <message>
            <source>Cause ({rank}): </source>
            <translation>Causa ({rank}): </translation>
        </message>
        <message>
            <source>Why {j}: </source>
            <translation>Porqué {j}: </translation>
        </message>
        <message>
            <source>Why {j}, also: </source>
            <translation>Porqué {j}, también: </translation>
        </message>
        <message>
            <source>Pareto check on the top cause: </source>
            <translation>Comprobación de Pareto sobre la causa principal: </translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sin responder</translation>
        </message>
        <message>
            <source>Write the issue at the head, a cause at the end of each bone and its rank in the circle; then answer “Why?” along the bone, five times.</source>
            <translation>Escriba el problema en la cabeza, una causa al final de cada espina y su puesto en el círculo; luego responda «¿Por qué?» a lo largo de la espina, cinco veces.</translation>
        </message>
        <message>
            <source>Cannot export a fishbone diagram as {suffix}; use .pdf, .svg or .png.</source>
            <translation>No se puede exportar un diagrama de espina de pescado como {suffix}; use .pdf, .svg o .png.</translation>
        </message>
        <message>
            <source>a file without suffix</source>
            <translation>un archivo sin extensión</translation>
        </message>
        <message>
            <source>Fishbone diagram</source>
            <translation>Diagrama de espina de pescado</translation>
        </message>
        <message>
            <source>The issue</source>
            <translation>El problema</translation>
        </message>
        <message>
            <source>A cause</source>
            <translation>Una causa</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>¿Por qué?</translation>
        </message>
        <message>
            <source>Another answer</source>
            <translation>Otra respuesta</translation>
        </message>
        <message>
            <source>No: move on to cause 2</source>
            <translation>No: pasar a la causa 2</translation>
        </message>
        <message>
            <source>{top}: {cause}</source>
            <translation>{top}: {cause}</translation>
        </message>
    </context>
    <context>
        <name>FishboneEditor</name>
        <message>
            <source>Double-click to write the issue</source>
            <translation>Haga doble clic para escribir el problema</translation>
        </message>
        <message>
            <source>Double-click to write; right-click to rank or remove</source>
            <translation>Doble clic para escribir; clic derecho para clasificar o quitar</translation>
        </message>
        <message>
            <source>Click to rank this cause (1 = the biggest driver)</source>
            <translation>Haga clic para clasificar esta causa (1 = la que más influye)</translation>
        </message>
        <message>
            <source>Double-click to write; right-click for more</source>
            <translation>Doble clic para escribir; clic derecho para más opciones</translation>
        </message>
        <message>
            <source>Double-click to write; right-click to remove</source>
            <translation>Doble clic para escribir; clic derecho para quitar</translation>
        </message>
        <message>
            <source>Ask why again</source>
            <translation>Preguntar por qué otra vez</translation>
        </message>
        <message>
            <source>Add another answer to this why</source>
            <translation>Agregar otra respuesta a este porqué</translation>
        </message>
        <message>
            <source>Add a cause</source>
            <translation>Agregar una causa</translation>
        </message>
        <message>
            <source>Arrow keys move between the issue, the causes, their ranks and whys; Enter writes or clicks; 1 to 9 rank a cause; Delete removes.</source>
            <translation>Las flechas mueven entre el problema, las causas, su clasificación y sus porqués; Intro escribe o hace clic; del 1 al 9 clasifican una causa; Supr quita.</translation>
        </message>
        <message>
            <source>Add cause</source>
            <translation>Agregar causa</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Export PDF/SVG…</source>
            <translation>Exportar PDF/SVG…</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>How could the group address it?</source>
            <translation>¿Cómo podría abordarlo el grupo?</translation>
        </message>
        <message>
            <source>Pareto check note</source>
            <translation>Nota de la comprobación de Pareto</translation>
        </message>
        <message>
            <source>Pareto check on the top cause: can the group address its last why?</source>
            <translation>Comprobación de Pareto de la causa principal: ¿puede el grupo abordar su último porqué?</translation>
        </message>
        <message>
            <source>Ask why</source>
            <translation>Preguntar por qué</translation>
        </message>
        <message>
            <source>Add another answer</source>
            <translation>Agregar otra respuesta</translation>
        </message>
        <message>
            <source>Rank cause</source>
            <translation>Clasificar la causa</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Pareto check</source>
            <translation>Comprobación de Pareto</translation>
        </message>
        <message>
            <source>Pareto note</source>
            <translation>Nota de Pareto</translation>
        </message>
        <message>
            <source>Rank %d</source>
            <translation>Puesto %d</translation>
        </message>
        <message>
            <source>No rank</source>
            <translation>Sin clasificar</translation>
        </message>
        <message>
            <source>Remove this cause</source>
            <translation>Quitar esta causa</translation>
        </message>
        <message>
            <source>Remove this why</source>
            <translation>Quitar este porqué</translation>
        </message>
        <message>
            <source>Remove this answer</source>
            <translation>Quitar esta respuesta</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Escribir</translation>
        </message>
        <message>
            <source>Export the fishbone diagram</source>
            <translation>Exportar el diagrama de espina de pescado</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)</source>
            <translation>PDF (*.pdf);;Imagen SVG (*.svg);;Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>writing the diagram {0}</source>
            <translation>escribir el diagrama {0}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>La exportación falló</translation>
        </message>
        <message>
            <source>The diagram was not written to {0}. Choose another folder or name and export again; the diagram itself is saved.</source>
            <translation>El diagrama no se escribió en {0}. Elija otra carpeta u otro nombre y vuelva a exportar; el diagrama en sí está guardado.</translation>
        </message>
    </context>
    <context>
        <name>FormPage</name>
        <message>
            <source>{label}: this version cannot show “{type}” fields yet.</source>
            <translation>{label}: esta versión todavía no puede mostrar campos de tipo «{type}».</translation>
        </message>
        <message>
            <source>Passing: {text}</source>
            <translation>Para aprobar: {text}</translation>
        </message>
        <message>
            <source>Which template?</source>
            <translation>¿Qué plantilla?</translation>
        </message>
        <message>
            <source>Which template will you use?</source>
            <translation>¿Qué plantilla va a usar?</translation>
        </message>
        <message>
            <source>Pick one. Your answers in both templates are kept, so you can switch back at any time; only the chosen one goes into your submission.</source>
            <translation>Elija una. Sus respuestas en ambas plantillas se conservan, así que puede volver a cambiar en cualquier momento; solo la elegida entra en su entrega.</translation>
        </message>
    </context>
    <context>
        <name>GroupEditor</name>
        <message>
            <source>{label}: progress</source>
            <translation>{label}: progreso</translation>
        </message>
        <message>
            <source>+ Add {item}</source>
            <translation>+ Agregar: {item}</translation>
        </message>
        <message>
            <source>Add {item}</source>
            <translation>Agregar: {item}</translation>
        </message>
        <message>
            <source>Remove {item}</source>
            <translation>Quitar: {item}</translation>
        </message>
        <message>
            <source>Remove {name} and everything in it?</source>
            <translation>¿Quitar {name} y todo su contenido?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>↑ Up</source>
            <translation>↑ Subir</translation>
        </message>
        <message>
            <source>Move {name} up</source>
            <translation>Subir {name}</translation>
        </message>
        <message>
            <source>↓ Down</source>
            <translation>↓ Bajar</translation>
        </message>
        <message>
            <source>Move {name} down</source>
            <translation>Bajar {name}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Quitar {name}</translation>
        </message>
        <message numerus="yes">
            <source>{count} of at least %n {item}(s) recorded</source>
            <translation>
                <numerusform>{count} de al menos %n registrado ({item})</numerusform>
                <numerusform>{count} de al menos %n registrados ({item})</numerusform>
            </translation>
        </message>
        <message>
            <source>Each kind present</source>
            <translation>Cada tipo presente</translation>
        </message>
        <message>
            <source>All required kinds present.</source>
            <translation>Están todos los tipos requeridos.</translation>
        </message>
        <message>
            <source>Still missing: {items}.</source>
            <translation>Aún falta: {items}.</translation>
        </message>
    </context>
    <context>
        <name>GuidancePanel</name>
        <message>
            <source>Guiding questions:</source>
            <translation>Preguntas orientadoras:</translation>
        </message>
        <message>
            <source>Consider:</source>
            <translation>Considere:</translation>
        </message>
        <message>
            <source>Proficient looks like (tick when your map shows it)</source>
            <translation>Así se ve el nivel Proficient (marque cuando su mapa lo muestre)</translation>
        </message>
        <message>
            <source>Rubric checklist: Proficient criteria</source>
            <translation>Lista de verificación de la rúbrica: criterios del nivel Proficient</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>TLI Workbook user guide</source>
            <translation>Guía del usuario de TLI Workbook</translation>
        </message>
        <message>
            <source>Search the guide</source>
            <translation>Buscar en la guía</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>The credentials' own prompts, the rubric and the guidebook's tools stay in English, as NEA wrote them.</source>
            <translation>Las indicaciones propias de las microcredenciales, la rúbrica y las herramientas de la guía se mantienen en inglés, tal como las escribió la NEA.</translation>
        </message>
    </context>
    <context>
        <name>LearnPage</name>
        <message>
            <source>Competency</source>
            <translation>Competencia</translation>
        </message>
        <message>
            <source>Key method</source>
            <translation>Método clave</translation>
        </message>
        <message>
            <source>Method components</source>
            <translation>Componentes del método</translation>
        </message>
        <message>
            <source>How it is earned</source>
            <translation>Cómo se obtiene</translation>
        </message>
        <message>
            <source>Keep it anonymous</source>
            <translation>Manténgalo anónimo</translation>
        </message>
        <message>
            <source>Where am I now?</source>
            <translation>¿Dónde estoy ahora?</translation>
        </message>
        <message>
            <source>Read the levels and pick the one that describes your practice today. Only you see this; revisit it when you reflect.</source>
            <translation>Lea los niveles y elija el que describe su práctica hoy. Solo usted lo ve; vuelva a él cuando reflexione.</translation>
        </message>
        <message>
            <source>{level} level</source>
            <translation>Nivel {level}</translation>
        </message>
        <message>
            <source>Types of leadership plans</source>
            <translation>Tipos de planes de liderazgo</translation>
        </message>
        <message>
            <source>Supporting rationale and research</source>
            <translation>Fundamentos e investigación</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Source: {source}. Revised {revised}. Licence: {licence}.</source>
            <translation>Fuente: {source}. Revisado: {revised}. Licencia: {licence}.</translation>
        </message>
        <message>
            <source>date not stated</source>
            <translation>fecha no indicada</translation>
        </message>
    </context>
    <context>
        <name>LetterEditor</name>
        <message>
            <source>The letter as it reads now</source>
            <translation>La carta tal como se lee ahora</translation>
        </message>
    </context>
    <context>
        <name>Limits</name>
        <message>
            <source>words</source>
            <translation>palabras</translation>
        </message>
        <message>
            <source>bullets</source>
            <translation>viñetas</translation>
        </message>
        <message>
            <source>words and bullets</source>
            <translation>palabras y viñetas</translation>
        </message>
        <message>
            <source>{n} / {range} words</source>
            <translation>{n} / {range} palabras</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} / {range} bullets</source>
            <translation>{n} / {range} viñetas</translation>
        </message>
        <message>
            <source>{explanation} (the word count is a guide)</source>
            <translation>{explanation} (el número de palabras es orientativo)</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Escrito</translation>
        </message>
        <message>
            <source>Within range (by {what})</source>
            <translation>Dentro del rango (por {what})</translation>
        </message>
        <message>
            <source>Within range</source>
            <translation>Dentro del rango</translation>
        </message>
        <message numerus="yes">
            <source>Below range: %n more word(s) needed</source>
            <translation>
                <numerusform>Por debajo del rango: falta %n palabra</numerusform>
                <numerusform>Por debajo del rango: faltan %n palabras</numerusform>
            </translation>
        </message>
        <message>
            <source>Below range</source>
            <translation>Por debajo del rango</translation>
        </message>
        <message numerus="yes">
            <source>Above range: %n word(s) over</source>
            <translation>
                <numerusform>Por encima del rango: sobra %n palabra</numerusform>
                <numerusform>Por encima del rango: sobran %n palabras</numerusform>
            </translation>
        </message>
        <message>
            <source>Above range</source>
            <translation>Por encima del rango</translation>
        </message>
        <message>
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
    </context>
    <context>
        <name>LongTextEditor</name>
        <message>
            <source>Type your answer here…</source>
            <translation>Escriba aquí su respuesta…</translation>
        </message>
        <message>
            <source>Your answer should address</source>
            <translation>Su respuesta debe abordar</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>Preguntas orientadoras</translation>
        </message>
        <message>
            <source>Prompts for {label}</source>
            <translation>Indicaciones para {label}</translation>
        </message>
        <message>
            <source>Paste too large</source>
            <translation>Texto pegado demasiado largo</translation>
        </message>
        <message>
            <source>The text you pasted ({size} characters) is far longer than any answer can be, so it was not inserted. Nothing you typed was changed. Paste a shorter excerpt.</source>
            <translation>El texto que pegó ({size} caracteres) es mucho más largo de lo que puede ser cualquier respuesta, así que no se insertó. No se cambió nada de lo que escribió. Pegue un fragmento más corto.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>getting ready</source>
            <translation>preparando</translation>
        </message>
        <message>
            <source>Opening your workbooks…</source>
            <translation>Abriendo sus cuadernos…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New workbook…</source>
            <translation>&amp;Nuevo cuaderno…</translation>
        </message>
        <message>
            <source>&amp;All workbooks</source>
            <translation>&amp;Todos los cuadernos</translation>
        </message>
        <message>
            <source>&amp;Import archive…</source>
            <translation>&amp;Importar archivo comprimido…</translation>
        </message>
        <message>
            <source>&amp;Export archive…</source>
            <translation>&amp;Exportar archivo comprimido…</translation>
        </message>
        <message>
            <source>Export submission &amp;packet…</source>
            <translation>Exportar &amp;paquete de entrega…</translation>
        </message>
        <message>
            <source>Print &amp;Circle Map…</source>
            <translation>Imprimir &amp;Mapa circular…</translation>
        </message>
        <message>
            <source>Print &amp;blank feedback form…</source>
            <translation>Imprimir &amp;formulario de comentarios en blanco…</translation>
        </message>
        <message>
            <source>Save blank feedback form as P&amp;DF…</source>
            <translation>Guardar formulario de comentarios en blanco como P&amp;DF…</translation>
        </message>
        <message>
            <source>Save blank feedback form as &amp;Word…</source>
            <translation>Guardar formulario de comentarios en blanco como &amp;Word…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar una copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Find in workbook…</source>
            <translation>&amp;Buscar en el cuaderno…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Next part</source>
            <translation>Parte &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Previous part</source>
            <translation>Parte &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About and credits</source>
            <translation>&amp;Acerca de y créditos</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>Save guide as &amp;PDF…</source>
            <translation>Guardar la guía como &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir re&amp;cientes</translation>
        </message>
        <message>
            <source>Save the user guide as PDF</source>
            <translation>Guardar la guía del usuario como PDF</translation>
        </message>
        <message>
            <source>Guide saved: %s</source>
            <translation>Guía guardada: %s</translation>
        </message>
        <message>
            <source>saving the user guide</source>
            <translation>guardar la guía del usuario</translation>
        </message>
        <message>
            <source>Could not save the guide</source>
            <translation>No se pudo guardar la guía</translation>
        </message>
        <message>
            <source>Choose another folder and try again.</source>
            <translation>Elija otra carpeta e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Could not create the workbook</source>
            <translation>No se pudo crear el cuaderno</translation>
        </message>
        <message>
            <source>Rename workbook</source>
            <translation>Cambiar el nombre del cuaderno</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>Nuevo título:</translation>
        </message>
        <message>
            <source>Could not rename</source>
            <translation>No se pudo cambiar el nombre</translation>
        </message>
        <message>
            <source>Could not duplicate</source>
            <translation>No se pudo duplicar</translation>
        </message>
        <message>
            <source>Delete workbook</source>
            <translation>Eliminar el cuaderno</translation>
        </message>
        <message>
            <source>Delete “{title}” and everything in it? This cannot be undone from the app (the last automatic backup still holds it).</source>
            <translation>¿Eliminar «{title}» y todo su contenido? Esto no se puede deshacer desde la aplicación (la última copia de seguridad automática todavía lo conserva).</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Could not delete</source>
            <translation>No se pudo eliminar</translation>
        </message>
        <message>
            <source>Could not open the sample</source>
            <translation>No se pudo abrir el ejemplo</translation>
        </message>
        <message>
            <source>Import workbook archive</source>
            <translation>Importar un archivo comprimido de cuaderno</translation>
        </message>
        <message>
            <source>Workbook archives (*.tliwb)</source>
            <translation>Archivos comprimidos de cuaderno (*.tliwb)</translation>
        </message>
        <message>
            <source>Could not import the archive</source>
            <translation>No se pudo importar el archivo comprimido</translation>
        </message>
        <message>
            <source>Could not open the archive</source>
            <translation>No se pudo abrir el archivo comprimido</translation>
        </message>
        <message>
            <source>{0} was not found. It may have been moved or renamed.</source>
            <translation>No se encontró {0}. Es posible que se haya movido o cambiado de nombre.</translation>
        </message>
        <message>
            <source>Import “{0}” as a new workbook? Your other workbooks stay as they are.</source>
            <translation>¿Importar «{0}» como un cuaderno nuevo? Sus otros cuadernos quedan como están.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Imported “{0}”.</source>
            <translation>Se importó «{0}».</translation>
        </message>
        <message>
            <source>importing {0}</source>
            <translation>importar {0}</translation>
        </message>
        <message>
            <source>Nothing was added to your workbooks.</source>
            <translation>No se agregó nada a sus cuadernos.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importando</translation>
        </message>
        <message>
            <source>Importing {0}</source>
            <translation>Importando {0}</translation>
        </message>
        <message>
            <source>Export workbook archive</source>
            <translation>Exportar un archivo comprimido de cuaderno</translation>
        </message>
        <message>
            <source>Saved archive {path}</source>
            <translation>Archivo comprimido guardado: {path}</translation>
        </message>
        <message>
            <source>writing the archive {0}</source>
            <translation>escribir el archivo comprimido {0}</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>No se pudo exportar</translation>
        </message>
        <message>
            <source>{0} was not written. Choose another folder (for example Documents) and export again.</source>
            <translation>No se escribió {0}. Elija otra carpeta (por ejemplo, Documentos) y vuelva a exportar.</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exportando</translation>
        </message>
        <message>
            <source>Writing {0}</source>
            <translation>Escribiendo {0}</translation>
        </message>
        <message>
            <source>The packet was not exported</source>
            <translation>El paquete no se exportó</translation>
        </message>
        <message>
            <source>Could not open the workbook</source>
            <translation>No se pudo abrir el cuaderno</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Todos los cambios guardados</translation>
        </message>
        <message>
            <source>Changes not saved</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Some changes could not be saved: {error}

Keep the workbook open so they can still be saved (or copied somewhere safe)?</source>
            <translation>Algunos cambios no se pudieron guardar: {error}

¿Desea mantener el cuaderno abierto para que todavía se puedan guardar (o copiar a un lugar seguro)?</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>Mantenerlo abierto</translation>
        </message>
        <message>
            <source>✓ All changes saved</source>
            <translation>✓ Todos los cambios guardados</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>⚠ Not saved</source>
            <translation>⚠ Sin guardar</translation>
        </message>
        <message>
            <source>A file was removed</source>
            <translation>Se eliminó un archivo</translation>
        </message>
        <message>
            <source>Your workbooks file needs attention</source>
            <translation>El archivo de sus cuadernos requiere atención</translation>
        </message>
        <message>
            <source>Automatic backup failed: {error}</source>
            <translation>Falló la copia de seguridad automática: {error}</translation>
        </message>
        <message>
            <source>making the daily backup</source>
            <translation>hacer la copia de seguridad diaria</translation>
        </message>
        <message>
            <source>Could not restore</source>
            <translation>No se pudo restaurar</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
        <message>
            <source>The backup from {taken} is now your database. The database you had before was kept at:
{path}</source>
            <translation>La copia de seguridad del {taken} es ahora su base de datos. La base de datos que tenía antes se conservó en:
{path}</translation>
        </message>
        <message>
            <source>Some changes could not be saved: {error}

If you quit now they are lost. Keep the app open to fix the problem (for example free disk space) so they can be saved?</source>
            <translation>Algunos cambios no se pudieron guardar: {error}

Si sale ahora, se perderán. ¿Desea mantener la aplicación abierta para resolver el problema (por ejemplo, liberar espacio en el disco) y poder guardarlos?</translation>
        </message>
        <message>
            <source>Keep the app open</source>
            <translation>Mantener la aplicación abierta</translation>
        </message>
    </context>
    <context>
        <name>MapToolbar</name>
        <message>
            <source>Select</source>
            <translation>Seleccionar</translation>
        </message>
        <message>
            <source>Select, move and edit entries and drawings</source>
            <translation>Seleccionar, mover y editar entradas y dibujos</translation>
        </message>
        <message>
            <source>Pen</source>
            <translation>Lápiz</translation>
        </message>
        <message>
            <source>Draw freehand</source>
            <translation>Dibujar a mano alzada</translation>
        </message>
        <message>
            <source>Highlighter</source>
            <translation>Resaltador</translation>
        </message>
        <message>
            <source>Highlight behind the text</source>
            <translation>Resaltar detrás del texto</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Draw a straight line</source>
            <translation>Dibujar una línea recta</translation>
        </message>
        <message>
            <source>Arrow</source>
            <translation>Flecha</translation>
        </message>
        <message>
            <source>Draw an arrow, e.g. from a need to its context</source>
            <translation>Dibujar una flecha, p. ej., de una necesidad a su contexto</translation>
        </message>
        <message>
            <source>Eraser</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Erase drawings you drag over</source>
            <translation>Borrar los dibujos sobre los que arrastre</translation>
        </message>
        <message>
            <source>Circle map tools</source>
            <translation>Herramientas del Mapa circular</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Add entry to a ring</source>
            <translation>Agregar una entrada a un anillo</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Color…</translation>
        </message>
        <message>
            <source>Colour of the pen and of the selected entries and drawings</source>
            <translation>Color del lápiz y de las entradas y dibujos seleccionados</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Pen width</source>
            <translation>Grosor del lápiz</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Fit the map in the window</source>
            <translation>Ajustar el mapa a la ventana</translation>
        </message>
        <message>
            <source>Tidy</source>
            <translation>Ordenar</translation>
        </message>
        <message>
            <source>Arrange all entries neatly in their rings (Ctrl+Z puts them back)</source>
            <translation>Ordenar todas las entradas en sus anillos (Ctrl+Z las devuelve a su lugar)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Delete the selected entries and drawings (Delete)</source>
            <translation>Eliminar las entradas y dibujos seleccionados (Supr)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print preview with page setup</source>
            <translation>Vista previa de impresión con configuración de página</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export the map as {format}</source>
            <translation>Exportar el mapa como {format}</translation>
        </message>
        <message>
            <source>Export the map</source>
            <translation>Exportar el mapa</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <source>Circle map canvas</source>
            <translation>Lienzo del Mapa circular</translation>
        </message>
        <message>
            <source>Double-click inside a ring to add an entry; drag an entry to move it or into another ring. The entry list beside the canvas has every entry for the keyboard.</source>
            <translation>Haga doble clic dentro de un anillo para agregar una entrada; arrastre una entrada para moverla o llevarla a otro anillo. La lista junto al lienzo tiene todas las entradas, para usarlas con el teclado.</translation>
        </message>
    </context>
    <context>
        <name>MarkupCommand</name>
        <message>
            <source>Add highlight</source>
            <translation>Agregar resaltado</translation>
        </message>
        <message>
            <source>Add arrow</source>
            <translation>Agregar flecha</translation>
        </message>
        <message>
            <source>Add text callout</source>
            <translation>Agregar llamada de texto</translation>
        </message>
        <message>
            <source>Add redaction</source>
            <translation>Agregar tachado</translation>
        </message>
        <message>
            <source>Move or resize highlight</source>
            <translation>Mover o cambiar el tamaño del resaltado</translation>
        </message>
        <message>
            <source>Move or resize arrow</source>
            <translation>Mover o cambiar el tamaño de la flecha</translation>
        </message>
        <message>
            <source>Move or resize text callout</source>
            <translation>Mover o cambiar el tamaño de la llamada de texto</translation>
        </message>
        <message>
            <source>Move or resize redaction</source>
            <translation>Mover o cambiar el tamaño del tachado</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n mark(s)</source>
            <translation>
                <numerusform>Eliminar marca</numerusform>
                <numerusform>Eliminar %n marcas</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit callout text</source>
            <translation>Editar el texto de la llamada</translation>
        </message>
    </context>
    <context>
        <name>MarkupEditor</name>
        <message>
            <source>Click a mark to select it; drag to move it, drag a corner to resize it. Delete removes the selected mark.</source>
            <translation>Haga clic en una marca para seleccionarla; arrástrela para moverla o arrastre una esquina para cambiar su tamaño. Supr elimina la marca seleccionada.</translation>
        </message>
        <message>
            <source>Drag over the part of the image to highlight.</source>
            <translation>Arrastre sobre la parte de la imagen que quiere resaltar.</translation>
        </message>
        <message>
            <source>Drag from where the arrow starts to what it points at.</source>
            <translation>Arrastre desde donde empieza la flecha hasta lo que señala.</translation>
        </message>
        <message>
            <source>Drag a box where the callout goes, then type its text.</source>
            <translation>Arrastre un recuadro donde va la llamada y luego escriba su texto.</translation>
        </message>
        <message>
            <source>Drag over names, faces or anything identifying. Redactions become solid black pixels in the exported image; the original file is never changed.</source>
            <translation>Arrastre sobre nombres, caras o cualquier dato que identifique a alguien. Los tachados se convierten en píxeles negros sólidos en la imagen exportada; el archivo original nunca se modifica.</translation>
        </message>
        <message>
            <source>Mark up image — {title}</source>
            <translation>Marcar imagen — {title}</translation>
        </message>
        <message>
            <source>Mark up image</source>
            <translation>Marcar imagen</translation>
        </message>
        <message>
            <source>Markup tools</source>
            <translation>Herramientas de marcado</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close and take back the changes made here</source>
            <translation>Cerrar y deshacer los cambios hechos aquí</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Close; your marks are saved</source>
            <translation>Cerrar; sus marcas están guardadas</translation>
        </message>
        <message>
            <source>Select</source>
            <translation>Seleccionar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Show as exported</source>
            <translation>Mostrar como se exporta</translation>
        </message>
        <message>
            <source>Show the image exactly as the packet will contain it (redactions burned in)</source>
            <translation>Mostrar la imagen exactamente como aparecerá en el paquete (con los tachados aplicados)</translation>
        </message>
        <message>
            <source>This is the image as the packet will contain it: redactions are solid black pixels and the picture carries no hidden data (location, camera, author).</source>
            <translation>Así aparecerá la imagen en el paquete: los tachados son píxeles negros sólidos y la imagen no lleva datos ocultos (ubicación, cámara, autor).</translation>
        </message>
    </context>
    <context>
        <name>MarkupItems</name>
        <message>
            <source>Highlight</source>
            <translation>Resaltado</translation>
        </message>
        <message>
            <source>Arrow</source>
            <translation>Flecha</translation>
        </message>
        <message>
            <source>Text callout</source>
            <translation>Llamada de texto</translation>
        </message>
        <message>
            <source>Redaction</source>
            <translation>Tachado</translation>
        </message>
    </context>
    <context>
        <name>MarkupRedact</name>
        <message>
            <source>Redact what the privacy check found</source>
            <translation>Tachar lo que encontró la revisión de privacidad</translation>
        </message>
    </context>
    <context>
        <name>MarkupScene</name>
        <message>
            <source>Text callout</source>
            <translation>Llamada de texto</translation>
        </message>
        <message>
            <source>Callout text:</source>
            <translation>Texto de la llamada:</translation>
        </message>
    </context>
    <context>
        <name>MarkupView</name>
        <message>
            <source>Image being marked up</source>
            <translation>Imagen que se está marcando</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Ocultar este mensaje</translation>
        </message>
    </context>
    <context>
        <name>NeedLinkEditor</name>
        <message>
            <source>This need is no longer on your Circle Map.</source>
            <translation>Esta necesidad ya no está en su Mapa circular.</translation>
        </message>
        <message>
            <source>This workbook has no Circle Map to link needs from.</source>
            <translation>Este cuaderno de trabajo no tiene un Mapa circular del cual vincular necesidades.</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necesidades</translation>
        </message>
        <message>
            <source>Your Circle Map has no needs yet. Add them in its outer ring (“{ring}”) on the “{page}” page, then come back here to tick the ones this plan addresses.</source>
            <translation>Su Mapa circular aún no tiene necesidades. Agréguelas en su anillo exterior (“{ring}”) en la página “{page}” y luego vuelva aquí para marcar las que aborda este plan.</translation>
        </message>
        <message>
            <source>(a need with no text yet)</source>
            <translation>(una necesidad aún sin texto)</translation>
        </message>
        <message>
            <source>Need: {text}</source>
            <translation>Necesidad: {text}</translation>
        </message>
        <message>
            <source>Need: no text yet</source>
            <translation>Necesidad: aún sin texto</translation>
        </message>
        <message>
            <source>Tick the needs from your Circle Map that this plan addresses:</source>
            <translation>Marque las necesidades de su Mapa circular que aborda este plan:</translation>
        </message>
        <message>
            <source>Pick another…</source>
            <translation>Elegir otra…</translation>
        </message>
        <message>
            <source>Pick another need for the link that is no longer on the map</source>
            <translation>Elegir otra necesidad para el vínculo que ya no está en el mapa</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>Quitar vínculo</translation>
        </message>
        <message>
            <source>Remove the link to the need that is no longer on the map</source>
            <translation>Quitar el vínculo a la necesidad que ya no está en el mapa</translation>
        </message>
        <message>
            <source>Needs on your Circle Map</source>
            <translation>Necesidades de su Mapa circular</translation>
        </message>
        <message>
            <source>No other needs on your Circle Map</source>
            <translation>No hay otras necesidades en su Mapa circular</translation>
        </message>
    </context>
    <context>
        <name>NewWorkbookDialog</name>
        <message>
            <source>New workbook</source>
            <translation>Nuevo cuaderno</translation>
        </message>
        <message>
            <source>Micro-credential</source>
            <translation>Microcredencial</translation>
        </message>
        <message>
            <source>Team binder (guidebook tools only)</source>
            <translation>Carpeta del equipo (solo herramientas de la guía)</translation>
        </message>
        <message>
            <source>Workbook title</source>
            <translation>Título del cuaderno</translation>
        </message>
        <message>
            <source>e.g. Coaching and Mentoring, spring term</source>
            <translation>p. ej., Coaching and Mentoring, semestre de primavera</translation>
        </message>
        <message>
            <source>I am a current NEA Teacher Leadership Institute (TLI) Fellow</source>
            <translation>Soy Fellow actual del NEA Teacher Leadership Institute (TLI)</translation>
        </message>
        <message>
            <source>Fellows attach the action plan they made in the institute for the Design artifact; everyone else fills in the Action/Design Plan. You can switch later.</source>
            <translation>Los Fellows adjuntan el plan de acción que hicieron en el instituto como artefacto de Diseñar; los demás completan el Action/Design Plan. Puede cambiarlo más adelante.</translation>
        </message>
        <message>
            <source>Micro-credential:</source>
            <translation>Microcredencial:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
        <message>
            <source>Create workbook</source>
            <translation>Crear el cuaderno</translation>
        </message>
        <message>
            <source>Leadership team binder</source>
            <translation>Carpeta del equipo de liderazgo</translation>
        </message>
    </context>
    <context>
        <name>NullableDate</name>
        <message>
            <source>No date</source>
            <translation>Sin fecha</translation>
        </message>
    </context>
    <context>
        <name>NumberEditor</name>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Expected {range}</source>
            <translation>Se espera {range}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>de {low} a {high}</translation>
        </message>
        <message>
            <source>{low} or more</source>
            <translation>{low} o más</translation>
        </message>
        <message>
            <source>up to {high}</source>
            <translation>hasta {high}</translation>
        </message>
    </context>
    <context>
        <name>Ocr</name>
        <message>
            <source>The text in pictures could not be read: the reader did not start on this computer. Look at your pictures yourself for names and schools.</source>
            <translation>No se pudo leer el texto de las imágenes: el lector no se inició en esta computadora. Revise usted mismo sus imágenes en busca de nombres y escuelas.</translation>
        </message>
        <message>
            <source>The picture is too large to read.</source>
            <translation>La imagen es demasiado grande para leerla.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>No se pudo leer el archivo.</translation>
        </message>
    </context>
    <context>
        <name>OptionalCount</name>
        <message>
            <source>Not set</source>
            <translation>Sin indicar</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateTime</name>
        <message>
            <source>MMM d, yyyy  h:mm AP</source>
            <translation>d MMM yyyy  H:mm</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Leave the date and time empty</source>
            <translation>Dejar la fecha y la hora vacías</translation>
        </message>
        <message>
            <source>Use the photo's date: {0}</source>
            <translation>Usar la fecha de la foto: {0}</translation>
        </message>
        <message>
            <source>The date and time the photo was taken</source>
            <translation>La fecha y la hora en que se tomó la foto</translation>
        </message>
    </context>
    <context>
        <name>OutlineEditor</name>
        <message>
            <source>Check each {level} against the criteria: {criteria}.</source>
            <translation>Revise cada elemento ({level}) con los criterios: {criteria}.</translation>
        </message>
        <message>
            <source>Keys inside a row: {next} adds the next one, {below} adds one below, Alt+Shift+arrows move and indent.</source>
            <translation>Teclas dentro de una fila: {next} agrega la siguiente, {below} agrega una debajo, Alt+Mayús+flechas mueven y sangran.</translation>
        </message>
        <message>
            <source>+ Add {level}</source>
            <translation>+ Agregar: {level}</translation>
        </message>
        <message>
            <source>Add {level} to {label}</source>
            <translation>Agregar {level} a {label}</translation>
        </message>
        <message>
            <source>this row</source>
            <translation>esta fila</translation>
        </message>
        <message>
            <source>Delete {name} and everything under it?</source>
            <translation>¿Eliminar {name} y todo lo que contiene?</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>¿Eliminar {name}?</translation>
        </message>
        <message>
            <source>Delete row</source>
            <translation>Eliminar fila</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>OutlineRow</name>
        <message>
            <source>{name}: text</source>
            <translation>{name}: texto</translation>
        </message>
        <message>
            <source>Describe this {level}…</source>
            <translation>Describa este elemento ({level})…</translation>
        </message>
        <message>
            <source>Meets:</source>
            <translation>Cumple:</translation>
        </message>
        <message>
            <source>Add a {level} under {name}</source>
            <translation>Agregar {level} debajo de {name}</translation>
        </message>
        <message>
            <source>Add a {level} ({keys})</source>
            <translation>Agregar {level} ({keys})</translation>
        </message>
        <message>
            <source>More actions for {name}</source>
            <translation>Más acciones para {name}</translation>
        </message>
        <message>
            <source>Add, move, indent or delete</source>
            <translation>Agregar, mover, sangrar o eliminar</translation>
        </message>
        <message>
            <source>Add {level} after this</source>
            <translation>Agregar {level} después de esta</translation>
        </message>
        <message>
            <source>Add {level}</source>
            <translation>Agregar {level}</translation>
        </message>
        <message>
            <source>Add below</source>
            <translation>Agregar debajo</translation>
        </message>
        <message>
            <source>Indent</source>
            <translation>Aumentar sangría</translation>
        </message>
        <message>
            <source>Outdent</source>
            <translation>Reducir sangría</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>Packet</name>
        <message>
            <source>attached file</source>
            <translation>archivo adjunto</translation>
        </message>
        <message>
            <source>{what}: the file {name} is missing from the workbook.</source>
            <translation>{what}: falta el archivo {name} en el cuaderno.</translation>
        </message>
        <message>
            <source>(The file {name} is missing from the workbook.)</source>
            <translation>(Falta el archivo {name} en el cuaderno.)</translation>
        </message>
        <message>
            <source>{what}: the image {name} is in a format the packet cannot show.</source>
            <translation>{what}: la imagen {name} está en un formato que el paquete no puede mostrar.</translation>
        </message>
        <message>
            <source>Laying out {part}</source>
            <translation>Compaginando {part}</translation>
        </message>
        <message>
            <source>Layout done</source>
            <translation>Compaginación terminada</translation>
        </message>
        <message>
            <source>{title}: guidebook tools</source>
            <translation>{title}: herramientas de la guía</translation>
        </message>
        <message>
            <source>{title}: micro-credential submission</source>
            <translation>{title}: entrega de la microcredencial</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Emisor</translation>
        </message>
        <message>
            <source>Strand</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>Entregado por</translation>
        </message>
        <message>
            <source>Guidebook tools</source>
            <translation>Herramientas de la guía</translation>
        </message>
        <message>
            <source>Micro-credential submission</source>
            <translation>Entrega de la microcredencial</translation>
        </message>
        <message>
            <source>Template: </source>
            <translation>Plantilla: </translation>
        </message>
        <message>
            <source>{part}: Teacher Leadership Circle Map</source>
            <translation>{part}: Mapa circular de liderazgo docente</translation>
        </message>
        <message>
            <source>Circle Map entries</source>
            <translation>Entradas del Mapa circular</translation>
        </message>
        <message>
            <source>(None recorded.)</source>
            <translation>(No se registró ninguna.)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacía)</translation>
        </message>
        <message>
            <source>(No artifacts added yet.)</source>
            <translation>(Todavía no se agregaron artefactos.)</translation>
        </message>
        <message>
            <source>Preparing evidence {i} of {n}</source>
            <translation>Preparando las evidencias {i} de {n}</translation>
        </message>
        <message>
            <source>Evidence ready</source>
            <translation>Evidencias listas</translation>
        </message>
        <message>
            <source>Evidence {i}: {title}</source>
            <translation>Evidencia {i}: {title}</translation>
        </message>
        <message>
            <source>Evidence {i}</source>
            <translation>Evidencia {i}</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Anotación</translation>
        </message>
        <message>
            <source>Type of artifact: </source>
            <translation>Tipo de artefacto: </translation>
        </message>
        <message>
            <source>Link: </source>
            <translation>Enlace: </translation>
        </message>
        <message>
            <source>Evidence {i} ({title})</source>
            <translation>Evidencia {i} ({title})</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>sin título</translation>
        </message>
        <message>
            <source>Evidence {i}. {title}</source>
            <translation>Evidencia {i}. {title}</translation>
        </message>
        <message>
            <source>Screenshot of the linked page</source>
            <translation>Captura de pantalla de la página enlazada</translation>
        </message>
        <message>
            <source>{part} · Evidence {i}</source>
            <translation>{part} · Evidencia {i}</translation>
        </message>
        <message>
            <source>(No file or link attached.)</source>
            <translation>(No se adjuntó ningún archivo ni enlace.)</translation>
        </message>
        <message>
            <source>(No feedback recorded yet.)</source>
            <translation>(Todavía no se registraron comentarios.)</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
        <message>
            <source>How collected: </source>
            <translation>Cómo se recopilaron: </translation>
        </message>
        <message>
            <source>Respondent {i}: {role}</source>
            <translation>Participante {i}: {role}</translation>
        </message>
        <message>
            <source>Respondent {i}</source>
            <translation>Participante {i}</translation>
        </message>
        <message>
            <source>Appendix: Rubric self-assessment</source>
            <translation>Apéndice: autoevaluación con la rúbrica</translation>
        </message>
        <message>
            <source>Not self-assessed yet.</source>
            <translation>Todavía no se autoevaluó.</translation>
        </message>
        <message>
            <source>Self-assessed level: </source>
            <translation>Nivel autoevaluado: </translation>
        </message>
        <message>
            <source>This workbook belongs to a different credential than the one given.</source>
            <translation>Este cuaderno pertenece a una credencial distinta de la indicada.</translation>
        </message>
        <message>
            <source>Writing the Word document</source>
            <translation>Escribiendo el documento de Word</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Página {page} de {total}</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Competencia</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>(This page could not be drawn; see the PDF packet.)</source>
            <translation>(No se pudo dibujar esta página; vea el paquete PDF.)</translation>
        </message>
        <message>
            <source>Saving the Word document</source>
            <translation>Guardando el documento de Word</translation>
        </message>
        <message>
            <source>{name} is too long to lay out in the packet (more than about 150 pages).</source>
            <translation>{name} es demasiado largo para compaginarlo en el paquete (más de unas 150 páginas).</translation>
        </message>
        <message>
            <source>{name} is damaged and could not be opened.</source>
            <translation>{name} está dañado y no se pudo abrir.</translation>
        </message>
        <message>
            <source>{name} is too large to lay out in the packet.</source>
            <translation>{name} es demasiado grande para compaginarlo en el paquete.</translation>
        </message>
        <message>
            <source>{name} could not be read as a Word document.</source>
            <translation>No se pudo leer {name} como documento de Word.</translation>
        </message>
        <message>
            <source>Picture from {name}</source>
            <translation>Imagen de {name}</translation>
        </message>
        <message numerus="yes">
            <source>(%n picture(s) in {name} in a format the packet cannot show; the original file is in the upload kit.)</source>
            <translation>
                <numerusform>(%n imagen de {name} está en un formato que el paquete no puede mostrar; el archivo original está en el kit de carga.)</numerusform>
                <numerusform>(%n imágenes de {name} están en un formato que el paquete no puede mostrar; el archivo original está en el kit de carga.)</numerusform>
            </translation>
        </message>
        <message>
            <source>({name} contains no text or pictures.)</source>
            <translation>({name} no contiene texto ni imágenes.)</translation>
        </message>
        <message>
            <source>{name} could not be read as an OpenDocument text.</source>
            <translation>No se pudo leer {name} como texto de OpenDocument.</translation>
        </message>
        <message>
            <source>{name} has no text body.</source>
            <translation>{name} no tiene cuerpo de texto.</translation>
        </message>
        <message>
            <source>{name} could not be read as a PowerPoint presentation.</source>
            <translation>No se pudo leer {name} como presentación de PowerPoint.</translation>
        </message>
        <message>
            <source>Slide {i} of {n}: {title}</source>
            <translation>Diapositiva {i} de {n}: {title}</translation>
        </message>
        <message>
            <source>Slide {i} of {n}</source>
            <translation>Diapositiva {i} de {n}</translation>
        </message>
        <message>
            <source>{label} · slide {i} of {n}</source>
            <translation>{label} · diapositiva {i} de {n}</translation>
        </message>
        <message>
            <source>({name} has no slides.)</source>
            <translation>({name} no tiene diapositivas.)</translation>
        </message>
        <message>
            <source>Word document</source>
            <translation>documento de Word</translation>
        </message>
        <message>
            <source>OpenDocument text</source>
            <translation>texto de OpenDocument</translation>
        </message>
        <message>
            <source>PowerPoint presentation</source>
            <translation>presentación de PowerPoint</translation>
        </message>
        <message>
            <source>Attached Word document: </source>
            <translation>Documento de Word adjunto: </translation>
        </message>
        <message>
            <source>Attached OpenDocument text: </source>
            <translation>Texto de OpenDocument adjunto: </translation>
        </message>
        <message>
            <source>Attached PowerPoint presentation: </source>
            <translation>Presentación de PowerPoint adjunta: </translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>documento PDF</translation>
        </message>
        <message>
            <source>{what}: the PDF {name} could not be read, so it is not shown.</source>
            <translation>{what}: no se pudo leer el PDF {name}, así que no se muestra.</translation>
        </message>
        <message>
            <source>{what}: the PDF {name} has no pages.</source>
            <translation>{what}: el PDF {name} no tiene páginas.</translation>
        </message>
        <message>
            <source>{what}: {name} has {n} pages, more than the packet lays out ({most}); it goes into the upload kit as it is.</source>
            <translation>{what}: {name} tiene {n} páginas, más de las que el paquete compagina ({most}); va al kit de carga tal como está.</translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n page(s) follow).</source>
            <translation>
                <numerusform>{name} (su página sigue a continuación).</numerusform>
                <numerusform>{name} (sus %n páginas siguen a continuación).</numerusform>
            </translation>
        </message>
        <message>
            <source>Attached PDF: </source>
            <translation>PDF adjunto: </translation>
        </message>
        <message>
            <source>{label} · page {i} of {n}</source>
            <translation>{label} · página {i} de {n}</translation>
        </message>
        <message>
            <source>{what}: page {i} of {name} could not be drawn.</source>
            <translation>{what}: no se pudo dibujar la página {i} de {name}.</translation>
        </message>
        <message>
            <source>{what}: {name} has redactions, drawn on its first page; that page goes into the packet as a picture, so the covered text is not in it.</source>
            <translation>{what}: {name} tiene partes tachadas, dibujadas en su primera página; esa página va al paquete como imagen, así que el texto cubierto no está en ella.</translation>
        </message>
        <message>
            <source>{what}: {problem} It goes into the upload kit as it is.</source>
            <translation>{what}: {problem} Va al kit de carga tal como está.</translation>
        </message>
        <message>
            <source>{what}: {name} could not be laid out in the packet; it goes into the upload kit as it is.</source>
            <translation>{what}: no se pudo compaginar {name} en el paquete; va al kit de carga tal como está.</translation>
        </message>
        <message>
            <source>{name}. Its text, headings, lists, tables and pictures follow, laid out by the workbook (its own page design is not kept).</source>
            <translation>{name}. A continuación siguen su texto, títulos, listas, tablas e imágenes, compaginados por el cuaderno (no se conserva su diseño de página original).</translation>
        </message>
        <message>
            <source>What it is</source>
            <translation>Qué es</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation>Archivo adjunto</translation>
        </message>
        <message>
            <source>not recorded in the file</source>
            <translation>no consta en el archivo</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Open in the upload kit</source>
            <translation>Abrir en el kit de carga</translation>
        </message>
        <message>
            <source>This {what} cannot be shown on paper. It is in the upload kit as {file}: open that file to see or hear the evidence.</source>
            <translation>Este archivo ({what}) no se puede mostrar en papel. Está en el kit de carga como {file}: abra ese archivo para ver o escuchar las evidencias.</translation>
        </message>
        <message>
            <source>The PDF {name} could not be read.</source>
            <translation>No se pudo leer el PDF {name}.</translation>
        </message>
        <message>
            <source>The PDF page renderer (pypdfium2) is not installed.</source>
            <translation>El dibujante de páginas PDF (pypdfium2) no está instalado.</translation>
        </message>
        <message>
            <source>Page {index} of {name} could not be drawn.</source>
            <translation>No se pudo dibujar la página {index} de {name}.</translation>
        </message>
        <message>
            <source>{path} is a file. Give a folder name for the kit.</source>
            <translation>{path} es un archivo. Indique un nombre de carpeta para el kit.</translation>
        </message>
        <message>
            <source>Preparing the packet</source>
            <translation>Preparando el paquete</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Guardando</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Please answer each question in {how}.</source>
            <translation>Responda cada pregunta en {how}.</translation>
        </message>
        <message>
            <source>Please answer each question in a few sentences.</source>
            <translation>Responda cada pregunta en unas pocas oraciones.</translation>
        </message>
        <message>
            <source>Participant feedback form</source>
            <translation>Formulario de comentarios del participante</translation>
        </message>
        <message>
            <source>Thank you for taking part. </source>
            <translation>Gracias por participar. </translation>
        </message>
        <message>
            <source>The teacher leader who led this activity is earning a {credential} micro-credential and will include your answers as evidence of its impact. Honest answers help most.</source>
            <translation>El docente líder que dirigió esta actividad está obteniendo la microcredencial {credential} e incluirá sus respuestas como evidencias de su impacto. Las respuestas sinceras son las que más ayudan.</translation>
        </message>
        <message>
            <source>Do not write your name, or the name of any student, colleague or school. Describe yourself by your role only, for example “Colleague, grade 7 math” or “Parent of a grade 3 student”.</source>
            <translation>No escriba su nombre ni el de ningún estudiante, colega o escuela. Descríbase solo por su función, por ejemplo «Colega, matemáticas de 7.º grado» o «Madre o padre de un estudiante de 3.er grado».</translation>
        </message>
        <message>
            <source>Your role (not your name)</source>
            <translation>Su función (no su nombre)</translation>
        </message>
        <message>
            <source>Activity you took part in</source>
            <translation>Actividad en la que participó</translation>
        </message>
        <message>
            <source>Please return this form to the teacher leader. Thank you.</source>
            <translation>Devuelva este formulario al docente líder. Gracias.</translation>
        </message>
        <message>
            <source>Writing the Markdown file</source>
            <translation>Escribiendo el archivo Markdown</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>This page of the attached PDF is in the PDF packet and the upload kit.</source>
            <translation>Esta página del PDF adjunto está en el paquete PDF y en el kit de carga.</translation>
        </message>
        <message>
            <source>Markdown written</source>
            <translation>Markdown escrito</translation>
        </message>
        <message>
            <source>Writing the PDF</source>
            <translation>Escribiendo el PDF</translation>
        </message>
        <message>
            <source>Adding the evidence pages</source>
            <translation>Agregando las páginas de evidencias</translation>
        </message>
        <message>
            <source>PDF written</source>
            <translation>PDF escrito</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Appendix: guidebook tools</source>
            <translation>Apéndice: herramientas de la guía</translation>
        </message>
        <message>
            <source>This copy is of a guidebook tool this version does not know ({tool}); update the app to print it.</source>
            <translation>Esta copia es de una herramienta de la guía que esta versión no conoce ({tool}); actualice la aplicación para imprimirla.</translation>
        </message>
        <message>
            <source>{stage}, chapter {n}: {title}. Source: {source}</source>
            <translation>{stage}, capítulo {n}: {title}. Fuente: {source}</translation>
        </message>
        <message>
            <source>Guidebook tool: </source>
            <translation>Herramienta de la guía: </translation>
        </message>
        <message>
            <source>The app inferred this form's structure: {what}</source>
            <translation>La aplicación dedujo la estructura de este formulario: {what}</translation>
        </message>
        <message>
            <source>Supplied by the app: {what}</source>
            <translation>Aportado por la aplicación: {what}</translation>
        </message>
        <message>
            <source>Nothing filled in yet.</source>
            <translation>Todavía no se ha completado nada.</translation>
        </message>
        <message>
            <source>Milestone:</source>
            <translation>Hito:</translation>
        </message>
        <message>
            <source>For each {level}, tick:</source>
            <translation>Para cada elemento ({level}), marque:</translation>
        </message>
        <message>
            <source>Attach the file to this form.</source>
            <translation>Adjunte el archivo a este formulario.</translation>
        </message>
        <message>
            <source>Answer if it applies:</source>
            <translation>Responda si corresponde:</translation>
        </message>
        <message>
            <source>Answer if “{field}” is {values}:</source>
            <translation>Responda si «{field}» es {values}:</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>{stage} · Chapter {n}: {title}</source>
            <translation>{stage} · Capítulo {n}: {title}</translation>
        </message>
        <message>
            <source>Structure supplied by TLI Workbook: {what}</source>
            <translation>Estructura aportada por TLI Workbook: {what}</translation>
        </message>
        <message>
            <source>Supplied by TLI Workbook: {what}</source>
            <translation>Aportado por TLI Workbook: {what}</translation>
        </message>
        <message>
            <source>Date: ____________    Who took part: ______________________</source>
            <translation>Fecha: ____________    Participantes: ______________________</translation>
        </message>
        <message>
            <source>Adapted from {source}.</source>
            <translation>Adaptado de {source}.</translation>
        </message>
        <message>
            <source>{tool} (blank form)</source>
            <translation>{tool} (formulario en blanco)</translation>
        </message>
        <message>
            <source>Writing {file}</source>
            <translation>Escribiendo {file}</translation>
        </message>
        <message>
            <source>Writing the zip file</source>
            <translation>Escribiendo el archivo zip</translation>
        </message>
        <message>
            <source>Upload kit ready</source>
            <translation>Kit de carga listo</translation>
        </message>
        <message>
            <source>(The Circle Map drawing is not available in this version; its entries are listed below.)</source>
            <translation>(El dibujo del Mapa circular no está disponible en esta versión; sus entradas se enumeran a continuación.)</translation>
        </message>
        <message>
            <source>Writing the document</source>
            <extracomment>what the progress bar says, e.g. "Writing the PDF"</extracomment>
            <translation>Escribiendo el documento</translation>
        </message>
        <message>
            <source>Preparing the pages</source>
            <translation>Preparando las páginas</translation>
        </message>
        <message>
            <source>The image is too large to include safely (more than {n} megapixels). Resize it and attach it again.</source>
            <translation>La imagen es demasiado grande para incluirla con seguridad (más de {n} megapíxeles). Redúzcala y vuelva a adjuntarla.</translation>
        </message>
        <message>
            <source>The file is not an image this app can read.</source>
            <translation>El archivo no es una imagen que esta aplicación pueda leer.</translation>
        </message>
        <message>
            <source>The image could not be read: {reason}.</source>
            <translation>No se pudo leer la imagen: {reason}.</translation>
        </message>
        <message>
            <source>The image is too large to include safely ({w} x {h} pixels). Resize it and attach it again.</source>
            <translation>La imagen es demasiado grande para incluirla con seguridad ({w} x {h} píxeles). Redúzcala y vuelva a adjuntarla.</translation>
        </message>
        <message>
            <source>The image is damaged and could not be read.</source>
            <translation>La imagen está dañada y no se pudo leer.</translation>
        </message>
    </context>
    <context>
        <name>PacketErrors</name>
        <message>
            <source>Export cancelled. No files were written.</source>
            <translation>Exportación cancelada. No se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>The disk is full: there is not enough free space to save {where}.</source>
            <translation>El disco está lleno: no hay espacio libre suficiente para guardar {where}.</translation>
        </message>
        <message>
            <source>Your disk quota is used up: there is not enough space to save {where}.</source>
            <translation>Se agotó su cuota de disco: no hay espacio suficiente para guardar {where}.</translation>
        </message>
        <message>
            <source>You do not have permission to save in {where}. Choose another folder.</source>
            <translation>No tiene permiso para guardar en {where}. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>Could not save {where}: a file that TLI Workbook needs is missing from its installation. Reinstall the app; your work is safe.</source>
            <translation>No se pudo guardar {where}: falta un archivo que TLI Workbook necesita en su instalación. Vuelva a instalar la aplicación; su trabajo está a salvo.</translation>
        </message>
        <message>
            <source>The folder for {where} does not exist. Choose another folder.</source>
            <translation>La carpeta de {where} no existe. Elija otra carpeta.</translation>
        </message>
        <message>
            <source>Could not save {where}: {reason}.</source>
            <translation>No se pudo guardar {where}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>PeopleEditor</name>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Colega</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Distrito</translation>
        </message>
        <message>
            <source>Town or city</source>
            <translation>Pueblo o ciudad</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>People and places I must not name</source>
            <translation>Personas y lugares que no debo nombrar</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Who or what</source>
            <translation>Quién o qué</translation>
        </message>
        <message>
            <source>Also written as (commas between)</source>
            <translation>También se escribe (separado por comas)</translation>
        </message>
        <message>
            <source>Add a name</source>
            <translation>Agregar un nombre</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Who or what, row %1</source>
            <translation>Quién o qué, fila %1</translation>
        </message>
    </context>
    <context>
        <name>PictureReading</name>
        <message>
            <source>reading the text in pictures</source>
            <translation>leer el texto de las imágenes</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>Needs guiding question: {question}</source>
            <translation>Pregunta guía de las necesidades: {question}</translation>
        </message>
        <message numerus="yes">
            <source>%n different artifact(s), each annotated in {words}.</source>
            <translation>
                <numerusform>%n artefacto, anotado en {words}.</numerusform>
                <numerusform>%n artefactos distintos, cada uno anotado en {words}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each annotation gives: {elements}.</source>
            <translation>Cada anotación incluye: {elements}.</translation>
        </message>
        <message>
            <source>Examples: {types}</source>
            <translation>Ejemplos: {types}</translation>
        </message>
        <message numerus="yes">
            <source>Feedback from at least %n stakeholder(s) who took part, each answering ({guidance}):</source>
            <translation>
                <numerusform>Comentarios de al menos %n parte interesada que participó, que responda ({guidance}):</numerusform>
                <numerusform>Comentarios de al menos %n partes interesadas que participaron, cada una respondiendo ({guidance}):</numerusform>
            </translation>
        </message>
        <message>
            <source>What this part asks for:</source>
            <translation>Lo que pide esta parte:</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Igual que el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Default &amp;paper size:</source>
            <translation>Tamaño de &amp;papel predeterminado:</translation>
        </message>
        <message>
            <source>Automatic (the language of each answer)</source>
            <translation>Automático (el idioma de cada respuesta)</translation>
        </message>
        <message>
            <source>&amp;Spell-check language:</source>
            <translation>Idioma del &amp;corrector ortográfico:</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> copias</translation>
        </message>
        <message>
            <source>&amp;Keep the newest:</source>
            <translation>Conservar las más &amp;recientes:</translation>
        </message>
        <message>
            <source>&amp;Open the data folder</source>
            <translation>&amp;Abrir la carpeta de datos</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Carpeta de datos:</translation>
        </message>
        <message>
            <source>Your workbooks, attached files and backups are kept in the data folder. To move to another computer, copy this folder (with the app closed) or export each workbook as an archive.</source>
            <translation>Sus cuadernos, los archivos adjuntos y las copias de seguridad se guardan en la carpeta de datos. Para pasar a otra computadora, copie esta carpeta (con la aplicación cerrada) o exporte cada cuaderno como archivo comprimido.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>Reiniciar a&amp;hora</translation>
        </message>
    </context>
    <context>
        <name>PrivacyFinding</name>
        <message>
            <source>Email address</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Dirección postal</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <source>Possible name</source>
            <translation>Posible nombre</translation>
        </message>
        <message>
            <source>School or district</source>
            <translation>Escuela o distrito</translation>
        </message>
        <message>
            <source>Town and state</source>
            <translation>Ciudad y estado</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Student ID number</source>
            <translation>Número de identificación estudiantil</translation>
        </message>
        <message>
            <source>Social media handle or hashtag</source>
            <translation>Usuario o etiqueta de redes sociales</translation>
        </message>
        <message>
            <source>Class join code</source>
            <translation>Código para unirse a la clase</translation>
        </message>
        <message>
            <source>Room number</source>
            <translation>Número de salón</translation>
        </message>
        <message>
            <source>Your term</source>
            <translation>Su término</translation>
        </message>
        <message>
            <source>File metadata</source>
            <translation>Metadatos del archivo</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <source>Privacy check</source>
            <translation>Revisión de privacidad</translation>
        </message>
        <message>
            <source>This check looks through every answer, your Circle Map, your artifacts (titles, annotations, file names, the text in your pictures and PDF pages, and the details hidden inside photos and documents) and your participants' feedback for names, schools, emails, phone numbers, addresses and links. It can be wrong both ways: read its findings with care.</source>
            <translation>Esta revisión busca nombres, escuelas, correos electrónicos, números de teléfono, direcciones y enlaces en cada respuesta, su Mapa circular, sus artefactos (títulos, anotaciones, nombres de archivo, el texto de sus imágenes y de las páginas PDF, y los datos ocultos dentro de fotos y documentos) y los comentarios de sus participantes. Puede equivocarse en ambos sentidos: lea sus hallazgos con atención.</translation>
        </message>
        <message>
            <source>People and places I must not name</source>
            <translation>Personas y lugares que no debo nombrar</translation>
        </message>
        <message>
            <source>Type once the names of your students and colleagues, your school, district and town, and the other ways they are written (nicknames, short forms). They are looked for everywhere, in any case and with or without accents: answers, map entries, annotations, file names, feedback and the text in pictures. The list stays in this workbook and is never exported.</source>
            <translation>Escriba una sola vez los nombres de sus estudiantes y colegas, de su escuela, distrito y pueblo, y las otras formas en que se escriben (apodos, abreviaturas). Se buscan en todas partes, en mayúsculas o minúsculas y con o sin acentos: respuestas, entradas del mapa, anotaciones, nombres de archivo, comentarios y el texto de las imágenes. La lista se queda en este cuaderno y nunca se exporta.</translation>
        </message>
        <message>
            <source>Re-scan</source>
            <translation>Volver a revisar</translation>
        </message>
        <message>
            <source>Reading the text in your pictures</source>
            <translation>Leyendo el texto de sus imágenes</translation>
        </message>
        <message>
            <source>Privacy findings</source>
            <translation>Hallazgos de privacidad</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Encontrado</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>In context</source>
            <translation>En contexto</translation>
        </message>
        <message>
            <source>Go there</source>
            <translation>Ir allí</translation>
        </message>
        <message>
            <source>Ignore once</source>
            <translation>Ignorar esta vez</translation>
        </message>
        <message>
            <source>Hide it until you quit the app</source>
            <translation>Ocultarlo hasta que salga de la aplicación</translation>
        </message>
        <message>
            <source>Mark as fine</source>
            <translation>Marcar como correcto</translation>
        </message>
        <message>
            <source>It identifies nobody: never show it again</source>
            <translation>No identifica a nadie: no mostrarlo nunca más</translation>
        </message>
        <message>
            <source>Show findings marked as fine</source>
            <translation>Mostrar los hallazgos marcados como correctos</translation>
        </message>
        <message>
            <source>Checking your workbook for private details…</source>
            <translation>Revisando su cuaderno en busca de datos privados…</translation>
        </message>
        <message>
            <source>Hide it with a redaction</source>
            <translation>Ocultarlo con una tachadura</translation>
        </message>
        <message>
            <source>Covers the boxed text with a black redaction mark, as in the markup editor: the exported picture shows black pixels there; your original file is kept.</source>
            <translation>Cubre el texto recuadrado con una marca negra de tachado, como en el editor de marcas: la imagen exportada muestra píxeles negros allí; su archivo original se conserva.</translation>
        </message>
        <message>
            <source>checking for private details</source>
            <translation>buscar datos privados</translation>
        </message>
        <message>
            <source>The privacy check did not finish</source>
            <translation>La revisión de privacidad no terminó</translation>
        </message>
        <message>
            <source>The list below may be out of date. Choose Re-scan to check again.</source>
            <translation>Es posible que la lista de abajo no esté actualizada. Elija Volver a revisar para comprobarlo de nuevo.</translation>
        </message>
        <message>
            <source>Reading the text in your pictures: %1 of %2 done…</source>
            <translation>Leyendo el texto de sus imágenes: %1 de %2 listas…</translation>
        </message>
        <message>
            <source>  · marked as fine</source>
            <translation>  · marcado como correcto</translation>
        </message>
        <message>
            <source>{what}: {found}, in {where}</source>
            <translation>{what}: {found}, en {where}</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s) to review.</source>
            <translation>
                <numerusform>%n hallazgo por revisar.</numerusform>
                <numerusform>%n hallazgos por revisar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found so far; your pictures are still being read.</source>
            <translation>Nada encontrado por ahora; todavía se están leyendo sus imágenes.</translation>
        </message>
        <message>
            <source>Nothing found in what could be read: check the pictures yourself.</source>
            <translation>No se encontró nada en lo que se pudo leer: revise las imágenes usted mismo.</translation>
        </message>
        <message>
            <source>Nothing identifying found in what was checked.</source>
            <translation>No se encontró nada que identifique a alguien en lo revisado.</translation>
        </message>
        <message numerus="yes">
            <source>%n ignored for this session.</source>
            <translation>
                <numerusform>%n ignorado en esta sesión.</numerusform>
                <numerusform>%n ignorados en esta sesión.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not fine after all</source>
            <translation>Al final no es correcto</translation>
        </message>
        <message>
            <source>Picture with “%1” boxed in red</source>
            <translation>Imagen con «%1» recuadrado en rojo</translation>
        </message>
        <message>
            <source>Found “%1” in %2. It is boxed in red.</source>
            <translation>Se encontró «%1» en %2. Está recuadrado en rojo.</translation>
        </message>
        <message>
            <source>The redaction is added to the artifact's markup: move, resize or undo it in the markup editor.</source>
            <translation>La tachadura se agrega a las marcas del artefacto: muévala, cambie su tamaño o deshágala en el editor de marcas.</translation>
        </message>
        <message>
            <source>Only a PDF's first page can be redacted here (the packet shows that page). Remove the name from the PDF itself and attach it again.</source>
            <translation>Aquí solo se puede tachar la primera página de un PDF (la que muestra el paquete). Quite el nombre del PDF mismo y vuelva a adjuntarlo.</translation>
        </message>
        <message>
            <source>This file is attached to an answer, where pictures cannot be marked up. Remove the name from the file and attach it again.</source>
            <translation>Este archivo está adjunto a una respuesta, donde las imágenes no se pueden marcar. Quite el nombre del archivo y vuelva a adjuntarlo.</translation>
        </message>
        <message>
            <source>The redaction was not added</source>
            <translation>No se agregó la tachadura</translation>
        </message>
        <message>
            <source>The artifact could not be found. Open it and draw the redaction.</source>
            <translation>No se encontró el artefacto. Ábralo y dibuje la tachadura.</translation>
        </message>
        <message>
            <source>Redacted “%1”: the exported picture shows black pixels there.</source>
            <translation>Se tachó «%1»: la imagen exportada muestra píxeles negros allí.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyScan</name>
        <message>
            <source>{where} (note)</source>
            <translation>{where} (nota)</translation>
        </message>
        <message>
            <source>artifact {i}</source>
            <translation>artefacto {i}</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>file name</source>
            <translation>nombre del archivo</translation>
        </message>
        <message>
            <source>link</source>
            <translation>enlace</translation>
        </message>
        <message>
            <source>annotation</source>
            <translation>anotación</translation>
        </message>
        <message>
            <source>callout {j}</source>
            <translation>llamada {j}</translation>
        </message>
        <message>
            <source>{where}: {what}</source>
            <translation>{where}: {what}</translation>
        </message>
        <message>
            <source>{where}: file details</source>
            <translation>{where}: datos del archivo</translation>
        </message>
        <message>
            <source>stakeholder {i}</source>
            <translation>parte interesada {i}</translation>
        </message>
        <message>
            <source>{where}: role</source>
            <translation>{where}: función</translation>
        </message>
        <message>
            <source>{where}: answer {n}</source>
            <translation>{where}: respuesta {n}</translation>
        </message>
        <message>
            <source>{where}: text in the picture</source>
            <translation>{where}: texto de la imagen</translation>
        </message>
        <message>
            <source>{where}: text on page {n}</source>
            <translation>{where}: texto de la página {n}</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n map entry(s)</source>
            <translation>
                <numerusform>%n entrada del mapa</numerusform>
                <numerusform>%n entradas del mapa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n artifact description(s)</source>
            <translation>
                <numerusform>%n descripción de artefacto</numerusform>
                <numerusform>%n descripciones de artefactos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback form(s)</source>
            <translation>
                <numerusform>%n formulario de comentarios</numerusform>
                <numerusform>%n formularios de comentarios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) read</source>
            <translation>
                <numerusform>%n imagen leída</numerusform>
                <numerusform>%n imágenes leídas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PDF page(s) read</source>
            <translation>
                <numerusform>%n página de PDF leída</numerusform>
                <numerusform>%n páginas de PDF leídas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file name(s)</source>
            <translation>
                <numerusform>%n nombre de archivo</numerusform>
                <numerusform>%n nombres de archivo</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked {what}.</source>
            <translation>Se revisó: {what}.</translation>
        </message>
        <message>
            <source>There is nothing to check yet.</source>
            <translation>Todavía no hay nada que revisar.</translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) still being read.</source>
            <translation>
                <numerusform>Todavía se está leyendo %n imagen.</numerusform>
                <numerusform>Todavía se están leyendo %n imágenes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) could not be read: look at them yourself.</source>
            <translation>
                <numerusform>No se pudo leer %n imagen: revísela usted mismo.</numerusform>
                <numerusform>No se pudieron leer %n imágenes: revíselas usted mismo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PDF page(s) not read (long PDFs are read up to 20 pages): check them yourself.</source>
            <translation>
                <numerusform>No se leyó %n página de PDF (de los PDF largos se leen hasta 20 páginas): revísela usted mismo.</numerusform>
                <numerusform>No se leyeron %n páginas de PDF (de los PDF largos se leen hasta 20 páginas): revíselas usted mismo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Readiness</name>
        <message>
            <source>{ring} written</source>
            <translation>{ring} escrito</translation>
        </message>
        <message>
            <source>Center</source>
            <translation>Centro</translation>
        </message>
        <message>
            <source>Type your core belief/theme in the center</source>
            <translation>Escriba su creencia central/tema en el centro</translation>
        </message>
        <message numerus="yes">
            <source>{ring}: %n entries</source>
            <translation>
                <numerusform>{ring}: %n entrada</numerusform>
                <numerusform>{ring}: %n entradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add at least %n</source>
            <translation>
                <numerusform>Agregue al menos %n</numerusform>
                <numerusform>Agregue al menos %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n more</source>
            <translation>
                <numerusform>Agregue %n más</numerusform>
                <numerusform>Agregue %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Keep only %n</source>
            <translation>
                <numerusform>Deje solo %n</numerusform>
                <numerusform>Deje solo %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} of %n artifacts</source>
            <translation>
                <numerusform>{n} de %n artefacto</numerusform>
                <numerusform>{n} de %n artefactos</numerusform>
            </translation>
        </message>
        <message>
            <source>Each artifact is different</source>
            <translation>Cada artefacto es distinto</translation>
        </message>
        <message>
            <source>Two artifacts attach the same file or link</source>
            <translation>Dos artefactos adjuntan el mismo archivo o enlace</translation>
        </message>
        <message>
            <source>The attached file is missing: attach it again</source>
            <translation>Falta el archivo adjunto: adjúntelo de nuevo</translation>
        </message>
        <message>
            <source>Attach a file or add a link</source>
            <translation>Adjunte un archivo o agregue un enlace</translation>
        </message>
        <message>
            <source>Artifact {i}: file or link attached</source>
            <translation>Artefacto {i}: archivo o enlace adjunto</translation>
        </message>
        <message>
            <source>Artifact {i} annotation: {summary}</source>
            <translation>Anotación del artefacto {i}: {summary}</translation>
        </message>
        <message>
            <source>Role missing</source>
            <translation>Falta la función</translation>
        </message>
        <message numerus="yes">
            <source>{n} of %n prompts unanswered</source>
            <translation>
                <numerusform>{n} de %n pregunta sin responder</numerusform>
                <numerusform>{n} de %n preguntas sin responder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} of at least %n stakeholders with all prompts answered</source>
            <translation>
                <numerusform>{n} de al menos %n parte interesada con todas las preguntas respondidas</numerusform>
                <numerusform>{n} de al menos %n partes interesadas con todas las preguntas respondidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add feedback from %n more</source>
            <translation>
                <numerusform>Agregue comentarios de %n más</numerusform>
                <numerusform>Agregue comentarios de %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Stakeholder {i} ({role})</source>
            <translation>Parte interesada {i} ({role})</translation>
        </message>
        <message>
            <source>Stakeholder {i}</source>
            <translation>Parte interesada {i}</translation>
        </message>
    </context>
    <context>
        <name>ReadinessPage</name>
        <message>
            <source>Ready to submit?</source>
            <translation>¿Listo para entregar?</translation>
        </message>
        <message>
            <source>Every requirement of the credential, checked against your workbook. Reviewers return submissions with missing pieces or word counts out of range, so finish everything marked ✗. Click a line to go where it is fixed.</source>
            <translation>Cada requisito de la credencial, comprobado en su cuaderno. Los evaluadores devuelven las entregas a las que les faltan partes o cuyo número de palabras no está en el rango, así que termine todo lo marcado con ✗. Haga clic en una línea para ir adonde se corrige.</translation>
        </message>
        <message>
            <source>Print / save report…</source>
            <translation>Imprimir / guardar el informe…</translation>
        </message>
        <message>
            <source>A one-page PDF of this check and the privacy findings</source>
            <translation>Un PDF de una página con esta comprobación y los hallazgos de privacidad</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Comprobar de nuevo</translation>
        </message>
        <message>
            <source>Requirements and their status</source>
            <translation>Requisitos y su estado</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Requisito</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>Everything is written: checking privacy…</source>
            <translation>Todo está escrito: revisando la privacidad…</translation>
        </message>
        <message>
            <source>Privacy check: checking…</source>
            <translation>Revisión de privacidad: revisando…</translation>
        </message>
        <message>
            <source>checking privacy</source>
            <translation>revisar la privacidad</translation>
        </message>
        <message>
            <source>Everything is written: review the privacy findings before you submit</source>
            <translation>Todo está escrito: revise los hallazgos de privacidad antes de entregar</translation>
        </message>
        <message>
            <source>Everything is written: your pictures are still being read</source>
            <translation>Todo está escrito: todavía se están leyendo sus imágenes</translation>
        </message>
        <message>
            <source>Everything is written: check your pictures yourself</source>
            <translation>Todo está escrito: revise sus imágenes usted mismo</translation>
        </message>
        <message numerus="yes">
            <source>Privacy check: %n finding(s) to review (see Privacy).</source>
            <translation>
                <numerusform>Revisión de privacidad: %n hallazgo por revisar (vea Privacidad).</numerusform>
                <numerusform>Revisión de privacidad: %n hallazgos por revisar (vea Privacidad).</numerusform>
            </translation>
        </message>
        <message>
            <source>Privacy check: nothing found so far; reading your pictures…</source>
            <translation>Revisión de privacidad: nada encontrado por ahora; leyendo sus imágenes…</translation>
        </message>
        <message>
            <source>Privacy check: some pictures could not be read; look at them yourself.</source>
            <translation>Revisión de privacidad: algunas imágenes no se pudieron leer; revíselas usted mismo.</translation>
        </message>
        <message>
            <source>Privacy check: nothing identifying found.</source>
            <translation>Revisión de privacidad: no se encontró nada que identifique a alguien.</translation>
        </message>
        <message>
            <source>Go to {part}</source>
            <translation>Ir a {part}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>por hacer</translation>
        </message>
        <message>
            <source>{item}, {status}</source>
            <translation>{item}, {status}</translation>
        </message>
        <message>
            <source>Save the readiness report</source>
            <translation>Guardar el informe de preparación</translation>
        </message>
        <message>
            <source>readiness-report.pdf</source>
            <translation>informe-de-preparacion.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report was not saved</source>
            <translation>El informe no se guardó</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>No se pudo escribir {path}: {reason}</translation>
        </message>
        <message>
            <source>Report saved</source>
            <translation>Informe guardado</translation>
        </message>
        <message>
            <source>Saved {path}.

Open it now to print it?</source>
            <translation>Se guardó {path}.

¿Desea abrirlo ahora para imprimirlo?</translation>
        </message>
        <message>
            <source>Open the report</source>
            <translation>Abrir el informe</translation>
        </message>
        <message>
            <source>Nothing required</source>
            <translation>Nada obligatorio</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message numerus="yes">
            <source>All %n checks met</source>
            <translation>
                <numerusform>%n comprobación cumplida</numerusform>
                <numerusform>Las %n comprobaciones cumplidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of {total} done · %n to finish</source>
            <translation>
                <numerusform>{done} de {total} hechas · falta %n</numerusform>
                <numerusform>{done} de {total} hechas · faltan %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadinessReport</name>
        <message>
            <source>Readiness and privacy check</source>
            <translation>Preparación y revisión de privacidad</translation>
        </message>
        <message>
            <source>Nothing required</source>
            <translation>No se requiere nada</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message numerus="yes">
            <source>All %n checks met</source>
            <translation>
                <numerusform>Se cumple %n comprobación</numerusform>
                <numerusform>Se cumplen las %n comprobaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n done. Still to do:</source>
            <translation>
                <numerusform>{done} de %n hecha. Falta:</numerusform>
                <numerusform>{done} de %n hechas. Falta:</numerusform>
            </translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Encontrado</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>In context</source>
            <translation>En contexto</translation>
        </message>
        <message>
            <source>✓ Ready to submit: every requirement is met and nothing identifying was found.</source>
            <translation>✓ Listo para entregar: se cumplen todos los requisitos y no se encontró nada identificable.</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} a las {time}</translation>
        </message>
        <message>
            <source>{title} · {credential} micro-credential · checked {when}</source>
            <translation>{title} · microcredencial {credential} · revisado el {when}</translation>
        </message>
        <message>
            <source>Requirements: {summary}</source>
            <translation>Requisitos: {summary}</translation>
        </message>
        <message numerus="yes">
            <source>Privacy: %n finding(s) to review</source>
            <translation>
                <numerusform>Privacidad: %n hallazgo por revisar</numerusform>
                <numerusform>Privacidad: %n hallazgos por revisar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more: see Review › Privacy in the app.</source>
            <translation>
                <numerusform>…y %n más: vea Revisión › Privacidad en la aplicación.</numerusform>
                <numerusform>…y %n más: vea Revisión › Privacidad en la aplicación.</numerusform>
            </translation>
        </message>
        <message>
            <source>Privacy: nothing identifying found</source>
            <translation>Privacidad: no se encontró nada identificable</translation>
        </message>
        <message>
            <source>Check again after every change. Findings you marked as fine are not listed. Made with TLI Workbook {version}; this page is for you, not for the reviewers.</source>
            <translation>Vuelva a revisar después de cada cambio. Los hallazgos que marcó como aceptables no aparecen. Hecho con TLI Workbook {version}; esta página es para usted, no para los revisores.</translation>
        </message>
    </context>
    <context>
        <name>RecordCards</name>
        <message>
            <source>Could not remove the artifact</source>
            <translation>No se pudo quitar el artefacto</translation>
        </message>
        <message>
            <source>Could not remove the respondent</source>
            <translation>No se pudo quitar a la persona que respondió</translation>
        </message>
        <message>
            <source>Remove this artifact</source>
            <translation>Quitar este artefacto</translation>
        </message>
        <message>
            <source>Remove this respondent</source>
            <translation>Quitar a esta persona que respondió</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Remove this {noun}</source>
            <translation>Quitar: {noun}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>RecordCardsPage</name>
        <message>
            <source>Could not save the new order</source>
            <translation>No se pudo guardar el nuevo orden</translation>
        </message>
        <message>
            <source>Could not remove {what}</source>
            <translation>No se pudo quitar: {what}</translation>
        </message>
    </context>
    <context>
        <name>ReflectionPanel</name>
        <message>
            <source>Your own material from the Toolkit (read-only)</source>
            <translation>Su propio material de la caja de herramientas (solo lectura)</translation>
        </message>
        <message>
            <source>Your Results Analysis, Lessons Learned and Where Are You Going Next? copies, to draw on while you write. Edit them in the Toolkit.</source>
            <translation>Sus copias de Results Analysis, Lessons Learned y Where Are You Going Next?, para consultarlas mientras escribe. Edítelas en la caja de herramientas.</translation>
        </message>
        <message>
            <source>Show the latest</source>
            <translation>Mostrar lo más reciente</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>complete</source>
            <translation>completa</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>sin empezar</translation>
        </message>
        <message numerus="yes">
            <source>%n privacy finding(s) to review</source>
            <translation>
                <numerusform>%n hallazgo de privacidad por revisar</numerusform>
                <numerusform>%n hallazgos de privacidad por revisar</numerusform>
            </translation>
        </message>
        <message>
            <source>Ready to submit</source>
            <translation>Listo para entregar</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to finish</source>
            <translation>
                <numerusform>%n cosa por terminar</numerusform>
                <numerusform>%n cosas por terminar</numerusform>
            </translation>
        </message>
        <message>
            <source>Readiness: {summary}</source>
            <translation>Preparación: {summary}</translation>
        </message>
        <message numerus="yes">
            <source>Privacy: %n finding(s) to review</source>
            <translation>
                <numerusform>Privacidad: %n hallazgo por revisar</numerusform>
                <numerusform>Privacidad: %n hallazgos por revisar</numerusform>
            </translation>
        </message>
        <message>
            <source>Privacy: ok</source>
            <translation>Privacidad: bien</translation>
        </message>
        <message>
            <source>Result: READY</source>
            <translation>Resultado: LISTO</translation>
        </message>
        <message>
            <source>Result: NOT READY ({summary})</source>
            <translation>Resultado: NO ESTÁ LISTO ({summary})</translation>
        </message>
        <message numerus="yes">
            <source>[{label}] {text} (%n times) in {where}</source>
            <translation>
                <numerusform>[{label}] {text} (%n vez) en {where}</numerusform>
                <numerusform>[{label}] {text} (%n veces) en {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>[{label}] {text} in {where}</source>
            <translation>[{label}] {text} en {where}</translation>
        </message>
        <message>
            <source>Privacy {finding}</source>
            <translation>Privacidad {finding}</translation>
        </message>
    </context>
    <context>
        <name>RespondentCard</name>
        <message>
            <source>Role only, e.g. “Colleague, grade 7 math” (no names)</source>
            <translation>Solo la función, p. ej., “Colega, matemáticas de 7.º grado” (sin nombres)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>How the feedback was collected</source>
            <translation>Cómo se recogieron los comentarios</translation>
        </message>
        <message>
            <source>How collected</source>
            <translation>Cómo se recogieron</translation>
        </message>
        <message>
            <source>Their answer</source>
            <translation>Su respuesta</translation>
        </message>
        <message>
            <source>Respondent {number}</source>
            <translation>Participante {number}</translation>
        </message>
        <message>
            <source>{shape}  · the guidance asks for {low}-{high}</source>
            <translation>{shape}  · la orientación pide {low}-{high}</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>when the app closed</source>
            <translation>al cerrar la aplicación</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>diaria</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Choose a backup to restore. Your current database is not deleted: it is set aside in the data folder's set-aside/ folder first.</source>
            <translation>Elija la copia de seguridad que desea restaurar. Su base de datos actual no se elimina: primero se aparta en la carpeta set-aside/ de la carpeta de datos.</translation>
        </message>
        <message>
            <source>There are no backups yet. One is made each day and whenever the app closes.</source>
            <translation>Todavía no hay copias de seguridad. Se hace una cada día y cada vez que se cierra la aplicación.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} y %n más</numerusform>
                <numerusform>{names} y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{taken} ({reason}) — %n workbook(s): {names}</source>
            <translation>
                <numerusform>{taken} ({reason}) — %n cuaderno: {names}</numerusform>
                <numerusform>{taken} ({reason}) — %n cuadernos: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>REVIEW</source>
            <translation>REVISIÓN</translation>
        </message>
    </context>
    <context>
        <name>Rubric</name>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} o {second}</translation>
        </message>
    </context>
    <context>
        <name>RubricOverviewPage</name>
        <message>
            <source>Rubric self-check</source>
            <translation>Autoevaluación con la rúbrica</translation>
        </message>
        <message>
            <source>Judge your work the way a reviewer will: for each row, tick the criteria your work meets now and pick the level it reaches. Every row must reach {levels} to pass. The packet can include this page as an appendix (off unless you choose it).</source>
            <translation>Juzgue su trabajo como lo hará un evaluador: en cada fila, marque los criterios que su trabajo cumple ahora y elija el nivel que alcanza. Para aprobar, cada fila debe llegar a {levels}. El paquete puede incluir esta página como anexo (desactivado a menos que usted lo elija).</translation>
        </message>
        <message>
            <source>Judges: {part}</source>
            <translation>Evalúa: {part}</translation>
        </message>
        <message>
            <source>Go to {part}</source>
            <translation>Ir a {part}</translation>
        </message>
        <message>
            <source>Open {part}</source>
            <translation>Abrir {part}</translation>
        </message>
        <message>
            <source>This credential's rubric has no rows to self-assess.</source>
            <translation>La rúbrica de esta credencial no tiene filas para autoevaluar.</translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n row(s) at {levels} by your own judgement.</source>
            <translation>
                <numerusform>{count} de %n fila en {levels} según su propio criterio.</numerusform>
                <numerusform>{count} de %n filas en {levels} según su propio criterio.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RubricRowBox</name>
        <message>
            <source>Rubric self-check: {row}</source>
            <translation>Autoevaluación con la rúbrica: {row}</translation>
        </message>
        <message>
            <source>Tick what your work shows now, then pick the level it reaches. To pass, every row must reach {levels}.</source>
            <translation>Marque lo que su trabajo muestra ahora y luego elija el nivel que alcanza. Para aprobar, cada fila debe llegar a {levels}.</translation>
        </message>
        <message>
            <source>My level:</source>
            <translation>Mi nivel:</translation>
        </message>
    </context>
    <context>
        <name>SignoffEditor</name>
        <message>
            <source>%1: initials of %2</source>
            <translation>%1: iniciales de %2</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>No suggestions</source>
            <translation>Sin sugerencias</translation>
        </message>
        <message>
            <source>Add “{word}” to dictionary</source>
            <translation>Agregar «{word}» al diccionario</translation>
        </message>
        <message>
            <source>Ignore “{word}”</source>
            <translation>Ignorar «{word}»</translation>
        </message>
    </context>
    <context>
        <name>SpellingService</name>
        <message>
            <source>loading the spelling dictionary</source>
            <translation>cargar el diccionario ortográfico</translation>
        </message>
    </context>
    <context>
        <name>Stages</name>
        <message>
            <source>Learn</source>
            <translation>Aprender</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Diseñar</translation>
        </message>
        <message>
            <source>Do</source>
            <translation>Hacer</translation>
        </message>
        <message>
            <source>Reflect</source>
            <translation>Reflexionar</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Your workbooks</source>
            <translation>Sus cuadernos</translation>
        </message>
        <message>
            <source>Each workbook is one micro-credential submission. Everything you type is saved as you go, on this computer only.</source>
            <translation>Cada cuaderno es la entrega de una microcredencial. Todo lo que escribe se guarda sobre la marcha, solo en esta computadora.</translation>
        </message>
        <message>
            <source>New workbook…</source>
            <translation>Nuevo cuaderno…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Cambiar el nombre…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Import archive…</source>
            <translation>Importar archivo comprimido…</translation>
        </message>
        <message>
            <source>Open the sample workbook</source>
            <translation>Abrir el cuaderno de ejemplo</translation>
        </message>
        <message>
            <source>Workbooks</source>
            <translation>Cuadernos</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Micro-credential</source>
            <translation>Microcredencial</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Última edición</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>No workbooks yet. Choose “New workbook…” to start one, or open the sample workbook to see a finished Coaching and Mentoring submission.</source>
            <translation>Todavía no hay cuadernos. Elija «Nuevo cuaderno…» para empezar uno, o abra el cuaderno de ejemplo para ver una entrega terminada de Coaching and Mentoring.</translation>
        </message>
        <message numerus="yes">
            <source>%n filled tool(s)</source>
            <translation>
                <numerusform>%n herramienta completada</numerusform>
                <numerusform>%n herramientas completadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n part(s)</source>
            <translation>
                <numerusform>{done} de %n parte</numerusform>
                <numerusform>{done} de %n partes</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown ({id})</source>
            <translation>Desconocida ({id})</translation>
        </message>
        <message>
            <source>counting the progress of your workbooks</source>
            <translation>contando el progreso de sus cuadernos</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Your workbooks database is damaged and could not be read (the details are in the log).

Nothing was deleted: the damaged file was moved to
{path}

</source>
            <translation>La base de datos de sus cuadernos está dañada y no se pudo leer (los detalles están en el registro).

No se eliminó nada: el archivo dañado se movió a
{path}

</translation>
        </message>
        <message>
            <source>no workbooks</source>
            <translation>ningún cuaderno</translation>
        </message>
        <message>
            <source>Restore from backup?</source>
            <translation>¿Restaurar una copia de seguridad?</translation>
        </message>
        <message>
            <source>The newest good backup is from {when} and holds: {titles}.

Restore it now? (Choose Cancel to start with an empty database.)</source>
            <translation>La copia de seguridad válida más reciente es del {when} y contiene: {titles}.

¿Desea restaurarla ahora? (Elija Cancelar para empezar con una base de datos vacía.)</translation>
        </message>
        <message>
            <source>Starting with an empty database</source>
            <translation>Se empieza con una base de datos vacía</translation>
        </message>
        <message>
            <source>There is no backup to restore, so the app starts empty.</source>
            <translation>No hay ninguna copia de seguridad para restaurar, así que la aplicación empieza vacía.</translation>
        </message>
        <message>
            <source>A check of your workbooks database found damage. Everything that could be read is open; keep working, but use File &gt; Restore from backup if something is missing, and export your packet soon. Details are in the log:
%1</source>
            <translation>Una comprobación de la base de datos de sus cuadernos encontró daños. Todo lo que se pudo leer está abierto; siga trabajando, pero use Archivo &gt; Restaurar una copia de seguridad si falta algo, y exporte pronto su paquete. Los detalles están en el registro:
%1</translation>
        </message>
        <message>
            <source>TLI Workbook could not open your workbooks: %1

Nothing was deleted. Details are in the log:
%2</source>
            <translation>TLI Workbook no pudo abrir sus cuadernos: %1

No se eliminó nada. Los detalles están en el registro:
%2</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>A credential definition is invalid:

{error}

Reinstall the app or restore the file.</source>
            <translation>La definición de una credencial no es válida:

{error}

Vuelva a instalar la aplicación o restaure el archivo.</translation>
        </message>
        <message>
            <source>opening your workbooks</source>
            <translation>abriendo sus cuadernos</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used: {error}.
Choose another with --data-dir.</source>
            <translation>No se puede usar la carpeta de datos {folder}: {error}.
Elija otra con --data-dir.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>Untitled workbook</source>
            <translation>Cuaderno sin título</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>The archive is encrypted; TLI Workbook archives never are.</source>
            <translation>El archivo comprimido está cifrado; los archivos comprimidos de TLI Workbook nunca lo están.</translation>
        </message>
        <message>
            <source>The archive contains an unexpected member {name} (for example a path that leaves its folder). It was not imported.</source>
            <translation>El archivo comprimido contiene un elemento inesperado {name} (por ejemplo, una ruta que sale de su carpeta). No se importó.</translation>
        </message>
        <message>
            <source>The archive member {name} is larger than allowed; not imported.</source>
            <translation>El elemento {name} del archivo comprimido es más grande de lo permitido; no se importó.</translation>
        </message>
        <message>
            <source>The archive member {name} expands far beyond its packed size (a 'zip bomb'); not imported.</source>
            <translation>El elemento {name} del archivo comprimido se expande muy por encima de su tamaño comprimido (una «bomba zip»); no se importó.</translation>
        </message>
        <message>
            <source>The archive has too many members; it was not imported.</source>
            <translation>El archivo comprimido tiene demasiados elementos; no se importó.</translation>
        </message>
        <message>
            <source>The archive lists a member twice; it was not imported.</source>
            <translation>El archivo comprimido enumera un elemento dos veces; no se importó.</translation>
        </message>
        <message>
            <source>The archive has no workbook.json; it was not imported.</source>
            <translation>El archivo comprimido no tiene workbook.json; no se importó.</translation>
        </message>
        <message>
            <source>The archive is larger than 4 GB unpacked; not imported.</source>
            <translation>El archivo comprimido ocupa más de 4 GB descomprimido; no se importó.</translation>
        </message>
        <message>
            <source>The archive's file {info}... is damaged (its content does not match its name).</source>
            <translation>El archivo {info}... del archivo comprimido está dañado (su contenido no coincide con su nombre).</translation>
        </message>
        <message>
            <source>The archive's workbook.json is not valid JSON ({exc}).</source>
            <translation>El workbook.json del archivo comprimido no es JSON válido ({exc}).</translation>
        </message>
        <message>
            <source>The archive lists file {sha}... but does not hold it.</source>
            <translation>El archivo comprimido enumera el archivo {sha}... pero no lo contiene.</translation>
        </message>
        <message>
            <source>The data folder cannot take the archive's files ({exc}).</source>
            <translation>La carpeta de datos no puede recibir los archivos del archivo comprimido ({exc}).</translation>
        </message>
        <message>
            <source>The backup could not be made: the database could not be read ({exc}). Your older backups were kept.</source>
            <translation>No se pudo hacer la copia de seguridad: no se pudo leer la base de datos ({exc}). Se conservaron sus copias de seguridad anteriores.</translation>
        </message>
        <message>
            <source>The backup could not be made: the copy failed SQLite's integrity check ({result}). Your older backups were kept.</source>
            <translation>No se pudo hacer la copia de seguridad: la copia no superó la comprobación de integridad de SQLite ({result}). Se conservaron sus copias de seguridad anteriores.</translation>
        </message>
        <message>
            <source>The data folder {parent} cannot be created: {strerror}.</source>
            <translation>No se puede crear la carpeta de datos {parent}: {strerror}.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of TLI Workbook (schema {version}). It has not been changed. Install the newer version to open it, or start this version with another data folder (--data-dir).</source>
            <translation>La base de datos {path} la escribió una versión más reciente de TLI Workbook (esquema {version}). No se ha modificado. Instale la versión más reciente para abrirla, o inicie esta versión con otra carpeta de datos (--data-dir).</translation>
        </message>
        <message>
            <source>The database {path} cannot be read ({detail}). It has not been changed or deleted. Start the app to set it aside and restore the newest good backup (kept in {backups}), or use another data folder (--data-dir).</source>
            <translation>No se puede leer la base de datos {path} ({detail}). No se ha modificado ni eliminado. Inicie la aplicación para apartarla y restaurar la copia de seguridad correcta más reciente (guardada en {backups}), o use otra carpeta de datos (--data-dir).</translation>
        </message>
        <message>
            <source>A file beside your workbooks (workbooks.sqlite3-wal) was removed by another program while TLI Workbook was open. Nothing was lost: everything typed so far was saved to a fresh copy of the workbooks file, and the app goes on with it. The old file was kept in {folder}.</source>
            <translation>Otro programa eliminó un archivo junto a sus cuadernos (workbooks.sqlite3-wal) mientras TLI Workbook estaba abierto. No se perdió nada: todo lo escrito hasta ahora se guardó en una copia nueva del archivo de cuadernos, y la aplicación sigue con ella. El archivo anterior se guardó en {folder}.</translation>
        </message>
        <message>
            <source>A file beside your workbooks was removed by another program and a fresh copy could not be made. Keep the app open and copy your text elsewhere, then restart.</source>
            <translation>Otro programa eliminó un archivo junto a sus cuadernos y no se pudo hacer una copia nueva. Mantenga la aplicación abierta y copie su texto en otro lugar; luego reinicie.</translation>
        </message>
        <message>
            <source>TLI Workbook is already running with the data folder {folder} (process {pid}). Switch to that window, or close it and start again. Two copies writing the same workbooks at once could lose work, so this one will not open it.</source>
            <translation>TLI Workbook ya se está ejecutando con la carpeta de datos {folder} (proceso {pid}). Cambie a esa ventana, o ciérrela y vuelva a empezar. Dos copias que escriben los mismos cuadernos a la vez podrían perder trabajo, así que esta no los abrirá.</translation>
        </message>
        <message>
            <source>A workbook title can be at most {most} characters; this one has {n:,}. Shorten it and try again.</source>
            <translation>El título de un cuaderno puede tener como máximo {most} caracteres; este tiene {n:,}. Acórtelo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The disk holding your workbooks has become read-only (it may have been unplugged, switched to read-only or checked for errors), so changes cannot be saved. Your text is still on screen and is saved again once the disk can be written; if this goes on, save your work elsewhere and restart.</source>
            <translation>El disco que guarda sus cuadernos pasó a ser de solo lectura (puede que se haya desconectado, cambiado a solo lectura o que se esté revisando en busca de errores), así que no se pueden guardar los cambios. Su texto sigue en la pantalla y se guardará de nuevo cuando se pueda escribir en el disco; si esto continúa, guarde su trabajo en otro lugar y reinicie.</translation>
        </message>
        <message>
            <source>The disk is full, so the last change could not be saved. Free some space (your text is still on screen) and it will be saved again.</source>
            <translation>El disco está lleno, así que no se pudo guardar el último cambio. Libere espacio (su texto sigue en la pantalla) y se guardará de nuevo.</translation>
        </message>
        <message>
            <source>Another program is using the workbooks file (it is busy in another program), so the last change could not be saved yet. It will be saved again in a moment; close the other program if this goes on.</source>
            <translation>Otro programa está usando el archivo de cuadernos (está ocupado en otro programa), así que todavía no se pudo guardar el último cambio. Se guardará de nuevo en un momento; cierre el otro programa si esto continúa.</translation>
        </message>
        <message>
            <source>The data folder is read-only, so changes cannot be saved. Check its permissions or choose another data folder (--data-dir).</source>
            <translation>La carpeta de datos es de solo lectura, así que no se pueden guardar los cambios. Revise sus permisos o elija otra carpeta de datos (--data-dir).</translation>
        </message>
        <message>
            <source>The workbooks file could not be written (the disk reported an error, or the folder became read-only, or a file beside it was removed). Your text is still on screen and will be saved again; if this goes on, check the disk and restart.</source>
            <translation>No se pudo escribir el archivo de cuadernos (el disco informó un error, la carpeta pasó a ser de solo lectura o se eliminó un archivo junto a él). Su texto sigue en la pantalla y se guardará de nuevo; si esto continúa, revise el disco y reinicie.</translation>
        </message>
        <message>
            <source>The database reported a problem: {text}</source>
            <translation>La base de datos informó un problema: {text}</translation>
        </message>
        <message>
            <source>There is no workbook with id {workbook_id}.</source>
            <translation>No hay ningún cuaderno con el identificador {workbook_id}.</translation>
        </message>
        <message>
            <source>{sha256} is not a stored file name.</source>
            <translation>{sha256} no es el nombre de un archivo guardado.</translation>
        </message>
        <message>
            <source>The file is larger than {max} MB, the most a workbook attachment may be. Attach a smaller copy (for a video, a link or a short clip).</source>
            <translation>El archivo ocupa más de {max} MB, el máximo para un archivo adjunto del cuaderno. Adjunte una copia más pequeña (para un video, un enlace o un fragmento corto).</translation>
        </message>
        <message>
            <source>The disk is full, so the file could not be copied into your workbook. Free some space and attach it again; nothing else was changed.</source>
            <translation>El disco está lleno, así que no se pudo copiar el archivo en su cuaderno. Libere espacio y adjúntelo de nuevo; no se cambió nada más.</translation>
        </message>
        <message>
            <source>No stored file {sha256}.</source>
            <translation>No hay ningún archivo guardado {sha256}.</translation>
        </message>
        <message>
            <source>This workbook has no tool copy {copy}.</source>
            <translation>Este cuaderno no tiene la copia de herramienta {copy}.</translation>
        </message>
        <message>
            <source>The archive's workbook.json is not valid at {where}: {msg}.</source>
            <translation>El workbook.json del archivo comprimido no es válido en {where}: {msg}.</translation>
        </message>
        <message>
            <source>This file is not a TLI Workbook archive (format field missing).</source>
            <translation>Este archivo no es un archivo comprimido de TLI Workbook (falta el campo de formato).</translation>
        </message>
        <message>
            <source>The archive has no valid format version.</source>
            <translation>El archivo comprimido no tiene una versión de formato válida.</translation>
        </message>
        <message>
            <source>The archive was made by a newer version of TLI Workbook (format {version}; this version reads format {supported}). Update the app to import it.</source>
            <translation>El archivo comprimido se hizo con una versión más reciente de TLI Workbook (formato {version}; esta versión lee el formato {supported}). Actualice la aplicación para importarlo.</translation>
        </message>
        <message>
            <source>Archive format {version} is not supported.</source>
            <translation>El formato de archivo comprimido {version} no es compatible.</translation>
        </message>
        <message>
            <source>The archive is for a credential this version does not know ({cred}). Update the app to import it.</source>
            <translation>El archivo comprimido es de una credencial que esta versión no conoce ({cred}). Actualice la aplicación para importarlo.</translation>
        </message>
        <message>
            <source>The archive's file {sha}... does not match its name.</source>
            <translation>El archivo {sha}... del archivo comprimido no coincide con su nombre.</translation>
        </message>
    </context>
    <context>
        <name>StructureTree</name>
        <message>
            <source>planned</source>
            <translation>prevista</translation>
        </message>
        <message numerus="yes">
            <source>{field}: %n structure(s)</source>
            <translation>
                <numerusform>{field}: %n estructura</numerusform>
                <numerusform>{field}: %n estructuras</numerusform>
            </translation>
        </message>
        <message>
            <source>Add at least one structure</source>
            <translation>Agregue al menos una estructura</translation>
        </message>
        <message>
            <source>{where}: structure {i}</source>
            <translation>{where}: estructura {i}</translation>
        </message>
        <message>
            <source>Chart: {field}</source>
            <translation>Gráfico: {field}</translation>
        </message>
        <message>
            <source>Future (planned)</source>
            <translation>Futura (prevista)</translation>
        </message>
        <message>
            <source>Existing</source>
            <translation>Existente</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Estructura</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>not this way</source>
            <translation>no por aquí</translation>
        </message>
        <message>
            <source>Structure:</source>
            <translation>Estructura:</translation>
        </message>
    </context>
    <context>
        <name>StructureTreeEditor</name>
        <message>
            <source>Team, committee or meeting</source>
            <translation>Equipo, comité o reunión</translation>
        </message>
        <message>
            <source>Structure name</source>
            <translation>Nombre de la estructura</translation>
        </message>
        <message>
            <source>Future team</source>
            <translation>Equipo futuro</translation>
        </message>
        <message>
            <source>Move out one level</source>
            <translation>Subir un nivel</translation>
        </message>
        <message>
            <source>Move in one level (under the row above)</source>
            <translation>Bajar un nivel (debajo de la fila de arriba)</translation>
        </message>
        <message>
            <source>Remove this structure</source>
            <translation>Quitar esta estructura</translation>
        </message>
        <message>
            <source>Add structure</source>
            <translation>Agregar estructura</translation>
        </message>
        <message>
            <source>Chart of teams (drawn from the list)</source>
            <translation>Organigrama de equipos (dibujado a partir de la lista)</translation>
        </message>
        <message>
            <source>Remove structure</source>
            <translation>Quitar la estructura</translation>
        </message>
        <message>
            <source>Remove “%s” from the chart? The rows under it move up a level.</source>
            <translation>¿Quitar «%s» del organigrama? Las filas que tiene debajo suben un nivel.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>The chart appears here.</source>
            <translation>El organigrama aparece aquí.</translation>
        </message>
    </context>
    <context>
        <name>TableEditor</name>
        <message>
            <source>+ Add row</source>
            <translation>+ Agregar fila</translation>
        </message>
        <message>
            <source>Add a row to {label}</source>
            <translation>Agregar una fila a {label}</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Quitar fila</translation>
        </message>
        <message>
            <source>Remove row {number} and what it contains?</source>
            <translation>¿Quitar la fila {number} y lo que contiene?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>fila {number}</translation>
        </message>
        <message>
            <source>No rows yet. Use “+ Add row” to start.</source>
            <translation>Aún no hay filas. Use “+ Agregar fila” para empezar.</translation>
        </message>
        <message>
            <source>Move row {number} up</source>
            <translation>Subir la fila {number}</translation>
        </message>
        <message>
            <source>Move row {number} down</source>
            <translation>Bajar la fila {number}</translation>
        </message>
        <message>
            <source>Remove row {number}</source>
            <translation>Quitar la fila {number}</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>The computer reported: {0}.</source>
            <translation>La computadora informó: {0}.</translation>
        </message>
        <message>
            <source>The computer ran out of memory while {0}.</source>
            <translation>La computadora se quedó sin memoria al {0}.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong while {0}: {1}</source>
            <translation>Algo inesperado falló al {0}: {1}</translation>
        </message>
        <message>
            <source>Nothing you typed is lost. Try again; if it happens again, the details below and the log help to find out why.</source>
            <translation>No se perdió nada de lo que escribió. Inténtelo de nuevo; si vuelve a ocurrir, los detalles de abajo y el registro ayudan a averiguar por qué.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>TeamBinder</name>
        <message>
            <source>Team binder (guidebook tools only)</source>
            <translation>Carpeta del equipo (solo herramientas de la guía)</translation>
        </message>
        <message>
            <source>Team binder</source>
            <translation>Carpeta del equipo</translation>
        </message>
        <message>
            <source>NEA guidebook Collaborating for Student Success</source>
            <translation>Guía de la NEA Collaborating for Student Success</translation>
        </message>
        <message>
            <source>A binder of the guidebook's tools for a leadership team or partnership that uses Collaborating for Student Success on its own: no micro-credential, only tools.</source>
            <translation>Una carpeta con las herramientas de la guía para un equipo de liderazgo o una alianza que usa Collaborating for Student Success por su cuenta: sin microcredencial, solo herramientas.</translation>
        </message>
    </context>
    <context>
        <name>TimedInfoEditor</name>
        <message>
            <source>Time left in this section</source>
            <translation>Tiempo restante en esta sección</translation>
        </message>
        <message>
            <source>Start timer</source>
            <translation>Iniciar temporizador</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <source>Resume timer</source>
            <translation>Reanudar temporizador</translation>
        </message>
        <message>
            <source>Pause timer</source>
            <translation>Pausar temporizador</translation>
        </message>
        <message>
            <source>Time is up</source>
            <translation>Se acabó el tiempo</translation>
        </message>
    </context>
    <context>
        <name>ToolCopyPage</name>
        <message>
            <source>TOOLKIT  ·  {stage}  ·  CHAPTER {number}: {chapter}</source>
            <translation>CAJA DE HERRAMIENTAS  ·  {stage}  ·  CAPÍTULO {number}: {chapter}</translation>
        </message>
        <message>
            <source>TOOLKIT</source>
            <translation>CAJA DE HERRAMIENTAS</translation>
        </message>
        <message>
            <source>This copy is of a guidebook tool this version of the app does not know. Its answers are kept; update the app to see them.</source>
            <translation>Esta copia es de una herramienta de la guía que esta versión de la aplicación no conoce. Sus respuestas se conservan; actualice la aplicación para verlas.</translation>
        </message>
        <message>
            <source>{0}. {1}</source>
            <translation>{0}. {1}</translation>
        </message>
        <message>
            <source>Source: {0}</source>
            <translation>Fuente: {0}</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Cambiar el nombre…</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Save as Word…</source>
            <translation>Guardar como Word…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Include this filled tool in the submission packet (as an appendix)</source>
            <translation>Incluir esta herramienta completada en el paquete de entrega (como anexo)</translation>
        </message>
        <message>
            <source>Copies what this tool holds now; later edits on either side stay apart.</source>
            <translation>Copia lo que esta herramienta contiene ahora; los cambios posteriores en cualquiera de los dos lados quedan separados.</translation>
        </message>
    </context>
    <context>
        <name>ToolStages</name>
        <message>
            <source>Prepare</source>
            <translation>Preparar</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Actuar</translation>
        </message>
        <message>
            <source>Reflect</source>
            <translation>Reflexionar</translation>
        </message>
    </context>
    <context>
        <name>Toolkit</name>
        <message>
            <source>Source: {0}</source>
            <translation>Fuente: {0}</translation>
        </message>
        <message>
            <source>Toolkit</source>
            <translation>Caja de herramientas</translation>
        </message>
        <message>
            <source>   All guidebook tools</source>
            <translation>   Todas las herramientas</translation>
        </message>
        <message>
            <source>The guidebook's tools by stage and chapter</source>
            <translation>Las herramientas de la guía por etapa y capítulo</translation>
        </message>
        <message>
            <source>A tool this version does not know</source>
            <translation>Una herramienta que esta versión no conoce</translation>
        </message>
        <message>
            <source>That change was already undone or followed by others; use Edit &gt; Undo.</source>
            <translation>Ese cambio ya se deshizo o le siguieron otros; use Editar &gt; Deshacer.</translation>
        </message>
        <message>
            <source>The change was not saved</source>
            <translation>El cambio no se guardó</translation>
        </message>
        <message>
            <source>Added “{0}”.</source>
            <translation>Se agregó «{0}».</translation>
        </message>
        <message>
            <source>{0} (copy)</source>
            <translation>{0} (copia)</translation>
        </message>
        <message>
            <source>Made “{0}”, a copy with the same answers.</source>
            <translation>Se creó «{0}», una copia con las mismas respuestas.</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar el nombre</translation>
        </message>
        <message>
            <source>Name of this copy:</source>
            <translation>Nombre de esta copia:</translation>
        </message>
        <message>
            <source>Renamed to “{0}”.</source>
            <translation>Ahora se llama «{0}».</translation>
        </message>
        <message>
            <source>Deleted “{0}” and its answers. Undo brings it back.</source>
            <translation>Se eliminó «{0}» con sus respuestas. Deshacer la recupera.</translation>
        </message>
        <message>
            <source>The choice was not saved</source>
            <translation>La elección no se guardó</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Se guardó {0}</translation>
        </message>
        <message>
            <source>writing {0}</source>
            <translation>escribir {0}</translation>
        </message>
        <message>
            <source>Could not save the tool</source>
            <translation>No se pudo guardar la herramienta</translation>
        </message>
        <message>
            <source>{0} was not written. Choose another folder and save again.</source>
            <translation>No se escribió {0}. Elija otra carpeta y vuelva a guardar.</translation>
        </message>
        <message>
            <source>Save the filled tool</source>
            <translation>Guardar la herramienta completada</translation>
        </message>
        <message>
            <source>Could not prepare the tool for printing</source>
            <translation>No se pudo preparar la herramienta para imprimirla</translation>
        </message>
        <message>
            <source>Save the blank form to print</source>
            <translation>Guardar el formulario en blanco para imprimirlo</translation>
        </message>
        <message>
            <source>Could not save the blank form</source>
            <translation>No se pudo guardar el formulario en blanco</translation>
        </message>
    </context>
    <context>
        <name>ToolkitCommands</name>
        <message>
            <source>add “{title}”</source>
            <translation>agregar «{title}»</translation>
        </message>
        <message>
            <source>delete “{title}”</source>
            <translation>eliminar «{title}»</translation>
        </message>
        <message>
            <source>rename “{title}”</source>
            <translation>cambiar el nombre de «{title}»</translation>
        </message>
        <message numerus="yes">
            <source>send %n issue(s) to the Circle Map</source>
            <translation>
                <numerusform>enviar %n problema al Mapa circular</numerusform>
                <numerusform>enviar %n problemas al Mapa circular</numerusform>
            </translation>
        </message>
        <message>
            <source>fill the goal and objectives of {part}</source>
            <translation>completar la meta y los objetivos de {part}</translation>
        </message>
        <message>
            <source>add “{title}” as evidence</source>
            <translation>agregar «{title}» como evidencia</translation>
        </message>
    </context>
    <context>
        <name>ToolkitLinks</name>
        <message>
            <source>Send ranked issues to the Circle Map as {0}</source>
            <translation>Enviar los problemas clasificados al Mapa circular como {0}</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>necesidades</translation>
        </message>
        <message>
            <source>Copy the goal and objectives into {0}</source>
            <translation>Copiar la meta y los objetivos en {0}</translation>
        </message>
        <message>
            <source>Add this filled tool to {0} as evidence (with its PDF)</source>
            <translation>Agregar esta herramienta completada a {0} como evidencia (con su PDF)</translation>
        </message>
        <message>
            <source>There are no issues to send: list and rank them first.</source>
            <translation>No hay problemas para enviar: primero haga la lista y clasifíquelos.</translation>
        </message>
        <message>
            <source>Every issue listed is already on the Circle Map.</source>
            <translation>Todos los problemas de la lista ya están en el Mapa circular.</translation>
        </message>
        <message numerus="yes">
            <source>Added %n need(s) to the Circle Map, best ranked first: {needs}.</source>
            <translation>
                <numerusform>Se agregó %n necesidad al Mapa circular: {needs}.</numerusform>
                <numerusform>Se agregaron %n necesidades al Mapa circular, las mejor clasificadas primero: {needs}.</numerusform>
            </translation>
        </message>
        <message>
            <source>This copy has no goal or objectives yet: fill them in first.</source>
            <translation>Esta copia todavía no tiene meta ni objetivos: complételos primero.</translation>
        </message>
        <message numerus="yes">
            <source>Copied the goal and %n objective(s) into {where}. Edit them there freely.</source>
            <translation>
                <numerusform>Se copiaron la meta y %n objetivo en {where}. Edítelos allí con toda libertad.</numerusform>
                <numerusform>Se copiaron la meta y %n objetivos en {where}. Edítelos allí con toda libertad.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added “{0}” to {1} with its PDF. Shorten its annotation there.</source>
            <translation>Se agregó «{0}» a {1} con su PDF. Acorte allí su anotación.</translation>
        </message>
        <message>
            <source>making the PDF of {0}</source>
            <translation>crear el PDF de {0}</translation>
        </message>
        <message>
            <source>Could not add the tool as evidence</source>
            <translation>No se pudo agregar la herramienta como evidencia</translation>
        </message>
        <message>
            <source>Nothing was added. Free some disk space and try again.</source>
            <translation>No se agregó nada. Libere espacio en el disco e inténtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ToolkitOverviewPage</name>
        <message>
            <source>TOOLKIT  ·  Collaborating for Student Success</source>
            <translation>CAJA DE HERRAMIENTAS  ·  Collaborating for Student Success</translation>
        </message>
        <message>
            <source>Guidebook tools</source>
            <translation>Herramientas de la guía</translation>
        </message>
        <message>
            <source>The tools of NEA's guidebook Collaborating for Student Success, in its three stages. Add a copy of a tool to fill it in (as many copies as you need: one Results Analysis per major task, a skills checklist before and after), or print it blank for a team meeting.</source>
            <translation>Las herramientas de la guía de la NEA Collaborating for Student Success, en sus tres etapas. Agregue una copia de una herramienta para completarla (tantas copias como necesite: un Results Analysis por cada tarea importante, una lista de habilidades antes y después), o imprímala en blanco para una reunión del equipo.</translation>
        </message>
        <message>
            <source>No guidebook tools are installed.</source>
            <translation>No hay herramientas de la guía instaladas.</translation>
        </message>
        <message>
            <source>Chapter {0}: {1}</source>
            <translation>Capítulo {0}: {1}</translation>
        </message>
        <message>
            <source>Add a copy</source>
            <translation>Agregar una copia</translation>
        </message>
        <message>
            <source>Add a copy of {0}</source>
            <translation>Agregar una copia de {0}</translation>
        </message>
        <message>
            <source>Read the guide</source>
            <translation>Leer la guía</translation>
        </message>
        <message>
            <source>Print blank…</source>
            <translation>Imprimir en blanco…</translation>
        </message>
        <message>
            <source>Save the empty form as PDF or Word to print for a meeting</source>
            <translation>Guardar el formulario vacío como PDF o Word para imprimirlo para una reunión</translation>
        </message>
        <message>
            <source>Open “{0}”</source>
            <translation>Abrir «{0}»</translation>
        </message>
        <message>
            <source>Compare copies…</source>
            <translation>Comparar copias…</translation>
        </message>
        <message>
            <source>Guide: read-only guidance, nothing to fill in.</source>
            <translation>Guía: orientaciones de solo lectura, no hay nada que completar.</translation>
        </message>
        <message>
            <source>Inferred by the app: {0}</source>
            <translation>Deducido por la aplicación: {0}</translation>
        </message>
        <message>
            <source>Supplied by the app: {0}</source>
            <translation>Aportado por la aplicación: {0}</translation>
        </message>
    </context>
    <context>
        <name>ToolkitPrinting</name>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>WorkbookView</name>
        <message>
            <source>Stages and parts</source>
            <translation>Etapas y partes</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>updating the progress marks</source>
            <translation>actualizar las marcas de progreso</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>completa</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>sin empezar</translation>
        </message>
        <message>
            <source>{part}: {state} ({done}/{total})</source>
            <translation>{part}: {state} ({done}/{total})</translation>
        </message>
        <message>
            <source>{part}, {state}</source>
            <translation>{part}, {state}</translation>
        </message>
        <message>
            <source>Ready to submit?</source>
            <translation>¿Listo para entregar?</translation>
        </message>
        <message>
            <source>Rubric self-check</source>
            <translation>Autoevaluación con la rúbrica</translation>
        </message>
        <message>
            <source>Privacy check</source>
            <translation>Revisión de privacidad</translation>
        </message>
    </context>
    <context>
        <name>_CheckEditor</name>
        <message>
            <source>Other:</source>
            <translation>Otro:</translation>
        </message>
        <message>
            <source>{label}: other</source>
            <translation>{label}: otro</translation>
        </message>
        <message>
            <source>{label}: other, please describe</source>
            <translation>{label}: otro, descríbalo</translation>
        </message>
        <message>
            <source>Describe the other item</source>
            <translation>Describa el otro elemento</translation>
        </message>
    </context>
    <context>
        <name>_DateEditorBase</name>
        <message>
            <source>Type the date as year, month, day (and the time; A or P for AM or PM), or press Alt+Down for a calendar. Delete with all selected empties it.</source>
            <translation>Escriba la fecha como año, mes, día (y la hora; A o P para a. m. o p. m.), o pulse Alt+Abajo para ver un calendario. Supr con todo seleccionado la deja vacía.</translation>
        </message>
        <message>
            <source>Clear {label}</source>
            <translation>Borrar {label}</translation>
        </message>
        <message>
            <source>Leave this date empty</source>
            <translation>Dejar esta fecha vacía</translation>
        </message>
    </context>
    <context>
        <name>_PartnersEditor</name>
        <message>
            <source>Partners:</source>
            <translation>Compañeros:</translation>
        </message>
        <message>
            <source>+ Partner</source>
            <translation>+ Compañero</translation>
        </message>
        <message>
            <source>Add a partner</source>
            <translation>Agregar un compañero</translation>
        </message>
        <message>
            <source>− Partner</source>
            <translation>− Compañero</translation>
        </message>
        <message>
            <source>Remove the last partner</source>
            <translation>Quitar el último compañero</translation>
        </message>
        <message>
            <source>Partner %1</source>
            <translation>Compañero %1</translation>
        </message>
        <message>
            <source>Name of partner %1</source>
            <translation>Nombre del compañero %1</translation>
        </message>
    </context>
    <context>
        <name>_RadioSet</name>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear {label}</source>
            <translation>Borrar {label}</translation>
        </message>
        <message>
            <source>Leave this unanswered</source>
            <translation>Dejar sin responder</translation>
        </message>
    </context>
</TS>
