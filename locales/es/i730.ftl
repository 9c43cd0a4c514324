# Las pantallas del I-730 (form-templates/i-730/01-20-25/questions.toml), una vez por familiar.
# Las claves son las mismas que en locales/en/i730.ftl.

i730-title = Formulario I-730, Petición de Familiar Refugiado/Asilado
i730-item = Formulario I-730 número { $n } (uno por cada familiar)

part-i730-1 = Parte 1: Información sobre usted (el peticionario)
part-i730-2 = Parte 2: Información sobre su familiar (el beneficiario)
part-i730-3 = Parte 3: Presentación más de dos años después de su concesión
part-i730-6 = Parte 6: Declaración de su familiar
part-i730-7 = Parte 7: Intérprete
part-i730-8 = Parte 8: La persona que preparó esta petición

i730-relationship = ¿Para quién es esta petición?
    .why = Usted presenta un Formulario I-730 por cada familiar. Este es para un esposo, una esposa o un hijo.
i730-relationship-relationship = Este familiar es mi
i730-relationship-relationship-spouse = Esposo o esposa (cónyuge)
i730-relationship-relationship-child = Hijo o hija soltero menor de 21 años
i730-relationship-child = Si es su hijo o hija: ¿qué tipo de hijo es?
    .hint = Conteste solo si es un hijo o hija.
i730-relationship-child-born_in_wedlock = Nació cuando los padres estaban casados
i730-relationship-child-born_out_of_wedlock = Nació cuando los padres no estaban casados
i730-relationship-child-legitimated = Nació cuando los padres no estaban casados, y luego fue legitimado
i730-relationship-child-stepchild = Hijastro o hijastra (hijo de mi cónyuge)
i730-relationship-child-adopted = Hijo adoptivo

i730-count = ¿Cuántas peticiones presenta?
    .why = El formulario muestra el número de esta petición y cuántas presenta, para que USCIS mantenga junta a su familia.
i730-count-total = ¿Para cuántos familiares presenta un Formulario I-730 en total?
    .hint = Escriba un número, por ejemplo 2. Escriba 1 si es solo este.
i730-count-number = ¿Qué número es esta petición?
    .hint = 1 para el primer familiar, 2 para el segundo, y así.

i730-filing = ¿Cuándo presentará esta petición?
    .why = Debe presentarla dentro de los dos años desde el día en que recibió asilo o entró como refugiado. Esta fecha muestra si está a tiempo.
i730-filing-date = Fecha
i730-filing-status = ¿Ya la presentó?

i730-status = Su estatus en los Estados Unidos
    .why = Solo una persona que recibió asilo o la condición de refugiado como solicitante principal puede presentar esta petición.
i730-status-status = Yo soy
i730-status-status-asylee = Asilado (me concedieron asilo en los Estados Unidos)
i730-status-status-refugee = Refugiado (me admitieron en los Estados Unidos como refugiado)
i730-status-principal = ¿Fue usted el solicitante principal (no incluido en el caso de un padre o cónyuge)?
i730-status-lpr = ¿Se ha hecho residente permanente (tarjeta verde) desde entonces?
i730-status-citizen = ¿Se ha hecho ciudadano de los EE. UU.?
    .hint = Un ciudadano de los EE. UU. presenta el Formulario I-130 en su lugar.

i730-granted = Sus fechas
    .why = El plazo de dos años se cuenta desde el día en que recibió asilo o entró como refugiado. Un hijo debía tener menos de 21 años el día en que usted hizo su solicitud.
i730-granted-granted = El día en que le concedieron asilo, o en que lo admitieron como refugiado
    .hint = Está en su carta de aprobación, la orden del juez o su I-94.
i730-granted-applied = El día en que solicitó asilo o la condición de refugiado

i730-asylum-place = ¿Dónde le concedieron asilo?
    .why = El formulario pide la ciudad y el estado de la oficina de asilo o del Tribunal de Inmigración que se lo concedió.
i730-asylum-place-city = Ciudad o pueblo
i730-asylum-place-state = Estado (dos letras, por ejemplo VA)

i730-refugee-place = ¿Dónde lo aprobaron y admitieron como refugiado?
    .why = El formulario pide dónde lo aprobaron en el extranjero y por dónde entró a los Estados Unidos.
i730-refugee-place-approved = El día en que lo aprobaron como refugiado en el extranjero
i730-refugee-place-approved-city = Ciudad o pueblo donde lo aprobaron
i730-refugee-place-approved-province = Estado o provincia donde lo aprobaron
i730-refugee-place-approved-country = País donde lo aprobaron
i730-refugee-place-admitted-city = Ciudad por donde entró a los Estados Unidos
i730-refugee-place-admitted-state = Estado por donde entró (dos letras)

i730-name = ¿Cuál es su nombre?
    .why = Usted es el peticionario. Escriba su nombre como está en sus papeles de asilo o de refugiado.
i730-name-family = Apellido(s)
i730-name-given = Nombre de pila
i730-name-middle = Segundo nombre

i730-other-names = ¿Ha usado otros nombres?
    .why = El formulario pide otros nombres que haya usado, como un apellido de soltera o un alias.
i730-other-names-family = Apellido(s)
i730-other-names-given = Nombre de pila
i730-other-names-middle = Segundo nombre
i730-other-names-kind = ¿Qué tipo de nombre es?

i730-birth = Sobre usted
    .why = Su sexo, su nacimiento y su nacionalidad lo identifican en el formulario.
i730-birth-sex = Sexo
i730-birth-date = Fecha de nacimiento
i730-birth-country = País de nacimiento
i730-birth-nationality = País de ciudadanía o nacionalidad

i730-ids = Sus números
    .why = USCIS encuentra su caso de asilo o de refugiado con su Número de Registro de Extranjero.
i730-ids-anumber = Número de Registro de Extranjero (Número A)
    .hint = Empieza con A y tiene 8 o 9 dígitos, por ejemplo A012345678.
i730-ids-ssn = Número de Seguro Social de los EE. UU., si lo tiene

i730-address = ¿Dónde vive?
    .why = USCIS envía las cartas sobre esta petición a esta dirección.
i730-address-street = Número y nombre de la calle
i730-address-unit = Apartamento, suite o piso
i730-address-city = Ciudad o pueblo
i730-address-state = Estado (dos letras), en los Estados Unidos
i730-address-zip = Código postal (ZIP), en los Estados Unidos
i730-address-province = Provincia o región, fuera de los Estados Unidos
i730-address-postal = Código postal, fuera de los Estados Unidos
i730-address-country = País, fuera de los Estados Unidos
i730-address-phone = Número de teléfono
i730-address-mobile = Número de teléfono celular
i730-address-email = Correo electrónico

i730-marriage = Su matrimonio con el familiar para quien hace la petición
    .why = Una petición para un esposo o una esposa necesita su matrimonio: cuándo y dónde se casaron.
i730-marriage-date = Fecha del matrimonio
i730-marriage-place = Lugar del matrimonio (ciudad, región, país)
    .hint = Por ejemplo: Keren, Anseba, Eritrea.

i730-relative-name = ¿Cuál es el nombre de su familiar?
    .why = Escriba el nombre de su familiar como está en su pasaporte o acta de nacimiento.
i730-relative-name-family = Apellido(s)
i730-relative-name-given = Nombre de pila
i730-relative-name-middle = Segundo nombre
i730-relative-name-native = Nombre completo en su propio alfabeto
    .hint = Por ejemplo, en letras árabes o amháricas. Déjelo vacío si es igual.

i730-relative-other-names = ¿Su familiar ha usado otros nombres?
    .why = El formulario pide otros nombres que su familiar haya usado.
i730-relative-other-names-family = Apellido(s)
i730-relative-other-names-given = Nombre de pila
i730-relative-other-names-middle = Segundo nombre
i730-relative-other-names-kind = ¿Qué tipo de nombre es?

i730-relative-birth = Sobre su familiar
    .why = El sexo, el nacimiento y la nacionalidad de su familiar lo identifican en el formulario. Su estado civil también importa: un hijo o una hija se pide como hijo solo mientras sea soltero(a).
i730-relative-birth-sex = Sexo
i730-relative-birth-date = Fecha de nacimiento
i730-relative-birth-city = Ciudad o pueblo de nacimiento
i730-relative-birth-country = País de nacimiento
i730-relative-birth-nationality = País de ciudadanía o nacionalidad
i730-relative-birth-marital = Estado civil
i730-relative-birth-anumber = Número de Registro de Extranjero (Número A), si lo tiene
i730-relative-birth-ssn = Número de Seguro Social de los EE. UU., si lo tiene

i730-relative-where = ¿Su familiar está ahora en los Estados Unidos?
    .why = Un familiar en el extranjero recibe sus documentos de viaje en una embajada o consulado de los EE. UU. Un familiar aquí recibe la decisión aquí.
i730-relative-where-location = ¿Dónde está su familiar ahora? (ciudad y país)
i730-relative-where-consulate = Si está en el extranjero: la embajada o el consulado de los EE. UU. más cercano (ciudad y país)
    .hint = Por ejemplo: Addis Ababa, Ethiopia.

i730-relative-address = ¿Dónde vive su familiar?
    .why = USCIS y la embajada se comunican con su familiar en esta dirección.
i730-relative-address-care-of = A cargo de (la persona que recibe el correo), si hay
i730-relative-address-street = Número y nombre de la calle
i730-relative-address-unit = Apartamento, suite o piso
i730-relative-address-city = Ciudad o pueblo
i730-relative-address-state = Estado (dos letras), en los Estados Unidos
i730-relative-address-zip = Código postal (ZIP), en los Estados Unidos
i730-relative-address-province = Provincia o región, fuera de los Estados Unidos
i730-relative-address-postal = Código postal, fuera de los Estados Unidos
i730-relative-address-country = País, fuera de los Estados Unidos
i730-relative-address-phone = Número de teléfono
i730-relative-address-mobile = Número de teléfono celular
i730-relative-address-email = Correo electrónico

i730-relative-native = El nombre y la dirección de su familiar en el idioma local
    .why = La embajada le escribe a su familiar en el idioma y el alfabeto del país donde vive.
i730-relative-native-family = Apellido(s), en ese idioma
i730-relative-native-given = Nombre de pila, en ese idioma
i730-relative-native-middle = Segundo nombre, en ese idioma
i730-relative-native-care-of = A cargo de, en ese idioma
i730-relative-native-street = Calle y número, en ese idioma
i730-relative-native-unit = Apartamento, suite o piso, en ese idioma
i730-relative-native-city = Ciudad o pueblo, en ese idioma
i730-relative-native-province = Provincia o región, en ese idioma
i730-relative-native-postal = Código postal
i730-relative-native-country = País, en ese idioma

i730-relative-court = ¿Su familiar ha estado alguna vez ante el Tribunal de Inmigración?
    .why = El formulario pregunta si su familiar está, o estuvo, en procedimientos ante un Tribunal de Inmigración.
i730-relative-court-court = Procedimientos ante el Tribunal de Inmigración
i730-relative-court-where = Si contestó sí: ¿dónde? (ciudad y estado)

i730-relative-languages = ¿Qué idiomas habla su familiar?
    .why = El formulario pide el idioma materno de su familiar y si habla bien inglés.
i730-relative-languages-native = Idioma materno
i730-relative-languages-english = ¿Su familiar habla bien inglés?

i730-relative-documents = El pasaporte y los documentos de viaje de su familiar
    .why = El formulario pide el pasaporte o documento de viaje de su familiar, aunque esté vencido.
i730-relative-documents-kind = Tipo de documento
i730-relative-documents-number = Número del documento
i730-relative-documents-country = País que lo expidió
i730-relative-documents-issued = Fecha en que se expidió
i730-relative-documents-expires = Fecha de vencimiento

i730-relative-entries = ¿Cuándo entró su familiar a los Estados Unidos?
    .why = El formulario pide las llegadas de su familiar a los Estados Unidos.
i730-relative-entries-date = Fecha de llegada
i730-relative-entries-place = Lugar de llegada (ciudad y estado)
i730-relative-entries-status = Estatus al llegar (por ejemplo B-2, o "sin inspección")
i730-relative-entries-i94 = Número del Formulario I-94, si lo tiene
i730-relative-entries-expires = Fecha en que ese estatus terminó o termina

i730-late = ¿Presenta la petición más de dos años después de recibir asilo o de entrar como refugiado?
    .why = USCIS puede aceptar una petición tardía por razones humanitarias. Si está tarde, diga por qué.
i730-late-explain = Si contestó sí: ¿por qué la presenta tarde?

i730-relative-statement = La declaración de su familiar
    .why = Su familiar en los Estados Unidos firma la Parte 6. El formulario pregunta cómo leyó la petición.
i730-relative-statement-english = ¿Su familiar leyó y entendió la petición en inglés?
    .hint = Conteste No si el intérprete se la leyó.
i730-relative-statement-preparer = ¿Su familiar también le pidió al preparador que la preparara?

i730-representation = ¿Su abogado lo representa más allá de esta petición?
    .why = La Parte 8 dice si el abogado solo preparó esta petición o también lo representa en el caso.
i730-representation-volag = Número Volag, si el abogado tiene uno

# ---- Issue 18: adoption, the stepchild's link, the interpreter and the preparer --------------

i730-adoption = La adopción
    .why = Un hijo adoptivo puede reunirse con usted solo si la adopción fue antes de su concesión y antes de que el niño cumpliera 16 años, y si usted tuvo la custodia legal del niño y vivió con él durante dos años. Su decreto de adopción muestra estas fechas.
i730-adoption-adopted = Fecha de la adopción (en el decreto de adopción)
i730-adoption-custody = Fecha en que obtuvo la custodia legal del niño
i730-adoption-residence = Fecha en que comenzó a vivir con el niño
i730-adoption-sibling = ¿Fue adoptado el niño junto con un hermano o una hermana menor de 16 años, por los mismos padres?
    .hint = Un niño adoptado a los 16 o 17 años califica solo en ese caso.

i730-interpreter = ¿Le leyó un intérprete esta petición?
    .why = Si alguien le leyó las preguntas en su idioma, el formulario pide el nombre y los datos de contacto del intérprete, y esa persona firma la Parte 7. Si usted lee bien el inglés y nadie se la leyó, deje todo vacío y continúe.
i730-interpreter-family = Apellido(s) del intérprete
i730-interpreter-given = Nombre de pila del intérprete
i730-interpreter-organization = Nombre de la organización, si la hay
i730-interpreter-street = Número y nombre de la calle
i730-interpreter-unit = Apartamento, oficina o piso
i730-interpreter-city = Ciudad o pueblo
i730-interpreter-state = Estado
i730-interpreter-zip = Código postal (ZIP)
i730-interpreter-province = Provincia (fuera de los Estados Unidos)
i730-interpreter-postal = Código postal (fuera de los Estados Unidos)
i730-interpreter-country = País
i730-interpreter-phone = Número de teléfono
i730-interpreter-mobile = Número de teléfono celular, si lo tiene
i730-interpreter-email = Correo electrónico, si lo tiene
i730-interpreter-language = El idioma en que se la leyó

i730-preparer = ¿Alguien más preparó esta petición por usted?
    .why = Si una persona que no es usted preparó el formulario (por ejemplo, un abogado o alguien de una organización comunitaria), el formulario pide su nombre y sus datos de contacto, y esa persona firma la Parte 8. Si nadie lo hizo, deje todo vacío y continúe.
i730-preparer-family = Apellido(s) del preparador
i730-preparer-given = Nombre de pila del preparador
i730-preparer-organization = Nombre de la organización, si la hay
i730-preparer-street = Número y nombre de la calle
i730-preparer-unit = Apartamento, oficina o piso
i730-preparer-city = Ciudad o pueblo
i730-preparer-state = Estado
i730-preparer-zip = Código postal (ZIP)
i730-preparer-province = Provincia (fuera de los Estados Unidos)
i730-preparer-postal = Código postal (fuera de los Estados Unidos)
i730-preparer-country = País
i730-preparer-phone = Número de teléfono
i730-preparer-mobile = Número de teléfono celular, si lo tiene
i730-preparer-email = Correo electrónico, si lo tiene
i730-preparer-attorney = ¿Es el preparador un abogado o un representante acreditado?
i730-preparer-bar = Número de colegiatura (bar number), si es abogado
i730-preparer-uscis = Número de Cuenta en Línea de USCIS del preparador, si lo tiene

i730-stepchild = Su matrimonio con el padre o la madre del niño
    .why = Un hijastro puede reunirse con usted solo si usted se casó con la madre o el padre del niño antes de que el niño cumpliera 18 años, y antes de que le concedieran asilo o lo admitieran como refugiado. Si también presenta una petición para su cónyuge, sus datos ya aparecen aquí.
i730-stepchild-parent = ¿Su esposo o esposa es la madre o el padre del niño?
i730-stepchild-parent-mother = La madre del niño
i730-stepchild-parent-father = El padre del niño
i730-stepchild-family = Apellido(s) de su cónyuge
i730-stepchild-given = Nombre de pila de su cónyuge
i730-stepchild-middle = Segundo nombre de su cónyuge
i730-stepchild-birth = Fecha de nacimiento de su cónyuge
i730-stepchild-country = País de nacimiento de su cónyuge
i730-stepchild-nationality = Nacionalidad (ciudadanía) de su cónyuge
i730-stepchild-date = Fecha de su matrimonio
i730-stepchild-place = Lugar de su matrimonio (ciudad, estado o provincia, país)

i730-relative-other-languages = ¿Habla su familiar otros idiomas con fluidez?
    .why = El formulario pregunta qué otros idiomas habla bien su familiar. Agregue cada uno. Si no habla ninguno, deje la casilla vacía y oprima "Guardar y continuar".
i730-relative-other-languages-language = Idioma

## Parte 1 punto 3 y puntos 15-20: su dirección postal y sus matrimonios anteriores

i730-mailing-differs = ¿Recibe su correo en una dirección distinta de donde vive?
    .why = El formulario pide una dirección postal solo cuando no es donde usted vive (Parte 1, punto 3). Si contesta No, USCIS le escribe a donde vive.
i730-mailing = Su dirección postal
    .why = USCIS envía las cartas sobre esta petición a esta dirección, en lugar de a donde vive.
i730-mailing-care-of = A cargo de (la persona que recibe el correo), si hay
i730-mailing-street = Número y nombre de la calle, o apartado postal
i730-mailing-unit = Apartamento, suite o piso
i730-mailing-city = Ciudad o pueblo
i730-mailing-state = Estado (dos letras), en los Estados Unidos
i730-mailing-zip = Código postal (ZIP), en los Estados Unidos
i730-mailing-province = Provincia o región, fuera de los Estados Unidos
i730-mailing-postal = Código postal, fuera de los Estados Unidos
i730-mailing-country = País, fuera de los Estados Unidos

i730-prior-marriages = ¿Estuvo casado(a) antes? Sus matrimonios anteriores
    .why = El formulario pregunta por cada matrimonio suyo que terminó (Parte 1, puntos 15 a 20), y pide documentos que muestren cómo terminó cada uno (por ejemplo, una sentencia de divorcio o un certificado de defunción). Agregue cada matrimonio anterior con la fecha en que terminó. Si nunca estuvo casado(a) antes, oprima "Guardar y continuar" sin agregar ninguno.
i730-prior-marriages-family = Apellido(s) de su excónyuge
i730-prior-marriages-given = Nombre de pila de su excónyuge
i730-prior-marriages-middle = Segundo nombre de su excónyuge
i730-prior-marriages-date = Fecha de ese matrimonio
i730-prior-marriages-place = Lugar de ese matrimonio (ciudad, región, país)
    .hint = Por ejemplo: Mendefera, Debub, Eritrea.
i730-prior-marriages-ended = Fecha en que terminó el matrimonio
i730-prior-marriages-ended-by = ¿Cómo terminó?
i730-prior-marriages-ended-by-divorce = Divorcio
i730-prior-marriages-ended-by-death = Mi cónyuge falleció
i730-prior-marriages-ended-by-annulment = Anulación

i730-prior-ended = ¿Dónde terminaron sus matrimonios anteriores?
    .why = El formulario pregunta dónde terminó legalmente cada matrimonio anterior: el lugar del divorcio o de la anulación, o donde falleció su cónyuge (Parte 1, puntos 17 y 20). Agregue uno por cada matrimonio anterior, con la fecha de ese matrimonio para saber cuál es. Si no lo sabe, no agregue nada.
i730-prior-ended-married = Fecha de ese matrimonio (cuándo se casó)
i730-prior-ended-place = Lugar donde terminó (ciudad, estado o provincia, país)
    .hint = Por ejemplo: Asmara, Maekel, Eritrea.

## Parte 2 punto 3 y puntos 15-20: la dirección postal y los matrimonios anteriores de su familiar

i730-relative-mailing-differs = ¿Su familiar recibe el correo en una dirección distinta de donde vive?
    .why = El formulario pide la dirección postal de su familiar solo cuando no es donde vive (Parte 2, punto 3).
i730-relative-mailing = La dirección postal de su familiar
    .why = USCIS y la embajada le escriben a su familiar a esta dirección, en lugar de a donde vive.
i730-relative-mailing-care-of = A cargo de (la persona que recibe el correo), si hay
i730-relative-mailing-street = Número y nombre de la calle, o apartado postal
i730-relative-mailing-unit = Apartamento, suite o piso
i730-relative-mailing-city = Ciudad o pueblo
i730-relative-mailing-state = Estado (dos letras), en los Estados Unidos
i730-relative-mailing-zip = Código postal (ZIP), en los Estados Unidos
i730-relative-mailing-province = Provincia o región, fuera de los Estados Unidos
i730-relative-mailing-postal = Código postal, fuera de los Estados Unidos
i730-relative-mailing-country = País, fuera de los Estados Unidos

i730-relative-prior-marriages = ¿Su esposo o esposa estuvo casado(a) antes? Sus matrimonios anteriores
    .why = El formulario pregunta por cada matrimonio anterior de su esposo o esposa (Parte 2, puntos 15 a 20), y pide documentos que muestren cómo terminó cada uno (por ejemplo, una sentencia de divorcio o un certificado de defunción). Agregue cada uno con la fecha en que terminó. Si nunca estuvo casado(a) antes, oprima "Guardar y continuar" sin agregar ninguno.
i730-relative-prior-marriages-family = Apellido(s) del excónyuge
i730-relative-prior-marriages-given = Nombre de pila del excónyuge
i730-relative-prior-marriages-middle = Segundo nombre del excónyuge
i730-relative-prior-marriages-date = Fecha de ese matrimonio
i730-relative-prior-marriages-place = Lugar de ese matrimonio (ciudad, región, país)
    .hint = Por ejemplo: Mendefera, Debub, Eritrea.
i730-relative-prior-marriages-ended = Fecha en que terminó el matrimonio
i730-relative-prior-marriages-ended-by = ¿Cómo terminó?
i730-relative-prior-marriages-ended-by-divorce = Divorcio
i730-relative-prior-marriages-ended-by-death = El excónyuge falleció
i730-relative-prior-marriages-ended-by-annulment = Anulación

i730-relative-prior-ended = ¿Dónde terminaron los matrimonios anteriores de su familiar?
    .why = El formulario pregunta dónde terminó legalmente cada matrimonio anterior de su esposo o esposa: el lugar del divorcio o de la anulación, o donde falleció el excónyuge (Parte 2, puntos 17 y 20). Agregue uno por cada uno, con la fecha de ese matrimonio. Si no lo sabe, no agregue nada.
i730-relative-prior-ended-married = Fecha de ese matrimonio (cuándo se casó)
i730-relative-prior-ended-place = Lugar donde terminó (ciudad, estado o provincia, país)
    .hint = Por ejemplo: Asmara, Maekel, Eritrea.
