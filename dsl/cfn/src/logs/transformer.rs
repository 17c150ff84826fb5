// @generated from AWS::Logs::Transformer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::Transformer` and its property types.

/// Specifies a transformer on the log group to transform logs into consistent structured and information rich format.
///
/// CloudFormation type `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Transformer {
    props: ::forma_core::schema::Props,
}
impl Transformer {
    /// A new resource with its required properties: `LogGroupIdentifier`, `TransformerConfig`.
    #[track_caller]
    pub fn new(
        log_group_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transformer_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Processor>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, log_group_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, transformer_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Transformer {
    type Attributes = TransformerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::Transformer"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Logs::Transformer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransformerAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransformerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// Individual processor configuration
#[derive(Debug, Clone, PartialEq)]
pub struct Processor {
    props: ::forma_core::schema::Props,
}
impl Processor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AddKeys`.
    pub fn add_keys(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorAddKeys>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CopyValue`.
    pub fn copy_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorCopyValue>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Csv`.
    pub fn csv(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorCsv>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DateTimeConverter`.
    pub fn date_time_converter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessorDateTimeConverter>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DeleteKeys`.
    pub fn delete_keys(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorDeleteKeys>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Grok`.
    pub fn grok(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorGrok>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ListToMap`.
    pub fn list_to_map(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorListToMap>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `LowerCaseString`.
    pub fn lower_case_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessorLowerCaseString>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `MoveKeys`.
    pub fn move_keys(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorMoveKeys>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ParseCloudfront`.
    pub fn parse_cloudfront(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParseCloudfront>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `ParseJSON`.
    pub fn parse_json(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorParseJson>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ParseKeyValue`.
    pub fn parse_key_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessorParseKeyValue>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `ParsePostgres`.
    pub fn parse_postgres(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParsePostgres>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `ParseRoute53`.
    pub fn parse_route53(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParseRoute53>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `ParseToOCSF`.
    pub fn parse_to_ocsf(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParseToOcsf>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `ParseVPC`.
    pub fn parse_vpc(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParseVpc>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// `ParseWAF`.
    pub fn parse_waf(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParseWaf>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// `RenameKeys`.
    pub fn rename_keys(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorRenameKeys>>) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// `SplitString`.
    pub fn split_string(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorSplitString>>) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// `SubstituteString`.
    pub fn substitute_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessorSubstituteString>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// `TrimString`.
    pub fn trim_string(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProcessorTrimString>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// `TypeConverter`.
    pub fn type_converter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessorTypeConverter>>,
    ) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// `UpperCaseString`.
    pub fn upper_case_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProcessorUpperCaseString>>,
    ) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Processor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Processor> for ::forma_core::Value<Processor> {
    fn from(v: Processor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_TYPE.properties))
    }
}

/// The `ProcessorAddKeys` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorAddKeys {
    props: ::forma_core::schema::Props,
}
impl ProcessorAddKeys {
    /// A new value with its required properties: `Entries`.
    pub fn new(entries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AddKeyEntry>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorAddKeys> for ::forma_core::Value<ProcessorAddKeys> {
    fn from(v: ProcessorAddKeys) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_ADD_KEYS_TYPE.properties))
    }
}

/// The `ProcessorCopyValue` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorCopyValue {
    props: ::forma_core::schema::Props,
}
impl ProcessorCopyValue {
    /// A new value with its required properties: `Entries`.
    pub fn new(entries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CopyValueEntry>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorCopyValue> for ::forma_core::Value<ProcessorCopyValue> {
    fn from(v: ProcessorCopyValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_COPY_VALUE_TYPE.properties))
    }
}

/// The `ProcessorCsv` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorCsv {
    props: ::forma_core::schema::Props,
}
impl ProcessorCsv {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Columns`.
    pub fn columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Delimiter`.
    ///
    /// Allowed: length 1 to 2.
    pub fn delimiter(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `QuoteCharacter`.
    ///
    /// Allowed: length 1 to 1.
    pub fn quote_character(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 128.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProcessorCsv {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProcessorCsv> for ::forma_core::Value<ProcessorCsv> {
    fn from(v: ProcessorCsv) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_CSV_TYPE.properties))
    }
}

/// The `ProcessorDateTimeConverter` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorDateTimeConverter {
    props: ::forma_core::schema::Props,
}
impl ProcessorDateTimeConverter {
    /// A new value with its required properties: `MatchPatterns`, `Source`, `Target`.
    pub fn new(
        match_patterns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, match_patterns.into().into_expr());
        props.set(2, source.into().into_expr());
        props.set(4, target.into().into_expr());
        Self { props }
    }
    /// `Locale`.
    ///
    /// Allowed: length 1 to any.
    pub fn locale(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SourceTimezone`.
    ///
    /// Allowed: length 1 to any.
    pub fn source_timezone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TargetFormat`.
    ///
    /// Allowed: length 1 to 64.
    pub fn target_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `TargetTimezone`.
    ///
    /// Allowed: length 1 to any.
    pub fn target_timezone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProcessorDateTimeConverter> for ::forma_core::Value<ProcessorDateTimeConverter> {
    fn from(v: ProcessorDateTimeConverter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_DATE_TIME_CONVERTER_TYPE.properties))
    }
}

/// The `ProcessorDeleteKeys` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorDeleteKeys {
    props: ::forma_core::schema::Props,
}
impl ProcessorDeleteKeys {
    /// A new value with its required properties: `WithKeys`.
    pub fn new(
        with_keys: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, with_keys.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorDeleteKeys> for ::forma_core::Value<ProcessorDeleteKeys> {
    fn from(v: ProcessorDeleteKeys) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_DELETE_KEYS_TYPE.properties))
    }
}

/// The `ProcessorGrok` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorGrok {
    props: ::forma_core::schema::Props,
}
impl ProcessorGrok {
    /// A new value with its required properties: `Match`.
    pub fn new(match_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, match_.into().into_expr());
        Self { props }
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 128.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProcessorGrok> for ::forma_core::Value<ProcessorGrok> {
    fn from(v: ProcessorGrok) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_GROK_TYPE.properties))
    }
}

/// The values CloudFormation documents: `first`, `last`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlattenedElement {
    /// `first`
    First,
    /// `last`
    Last,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlattenedElement {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::First => "first",
            Self::Last => "last",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["first", "last"]
    }
}
impl ::std::convert::From<FlattenedElement> for ::forma_core::Value<FlattenedElement> {
    fn from(v: FlattenedElement) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlattenedElement {}

/// The `ProcessorListToMap` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorListToMap {
    props: ::forma_core::schema::Props,
}
impl ProcessorListToMap {
    /// A new value with its required properties: `Key`, `Source`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, key.into().into_expr());
        props.set(3, source.into().into_expr());
        Self { props }
    }
    /// `Flatten`.
    pub fn flatten(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FlattenedElement`.
    pub fn flattened_element(mut self, value: impl ::forma_core::schema::EnumArg<FlattenedElement>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `Target`.
    ///
    /// Allowed: length 1 to 128.
    pub fn target(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ValueKey`.
    ///
    /// Allowed: length 1 to 128.
    pub fn value_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProcessorListToMap> for ::forma_core::Value<ProcessorListToMap> {
    fn from(v: ProcessorListToMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_LIST_TO_MAP_TYPE.properties))
    }
}

/// The `ProcessorLowerCaseString` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorLowerCaseString {
    props: ::forma_core::schema::Props,
}
impl ProcessorLowerCaseString {
    /// A new value with its required properties: `WithKeys`.
    pub fn new(
        with_keys: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, with_keys.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorLowerCaseString> for ::forma_core::Value<ProcessorLowerCaseString> {
    fn from(v: ProcessorLowerCaseString) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_LOWER_CASE_STRING_TYPE.properties))
    }
}

/// The `ProcessorMoveKeys` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorMoveKeys {
    props: ::forma_core::schema::Props,
}
impl ProcessorMoveKeys {
    /// A new value with its required properties: `Entries`.
    pub fn new(entries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MoveKeyEntry>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorMoveKeys> for ::forma_core::Value<ProcessorMoveKeys> {
    fn from(v: ProcessorMoveKeys) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_MOVE_KEYS_TYPE.properties))
    }
}

/// The `ParseCloudfront` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseCloudfront {
    props: ::forma_core::schema::Props,
}
impl ParseCloudfront {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 128.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParseCloudfront {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParseCloudfront> for ::forma_core::Value<ParseCloudfront> {
    fn from(v: ParseCloudfront) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARSE_CLOUDFRONT_TYPE.properties))
    }
}

/// The `ProcessorParseJSON` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorParseJson {
    props: ::forma_core::schema::Props,
}
impl ProcessorParseJson {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Destination`.
    ///
    /// Allowed: length 1 to 128.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 128.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProcessorParseJson {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProcessorParseJson> for ::forma_core::Value<ProcessorParseJson> {
    fn from(v: ProcessorParseJson) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_PARSE_JSON_TYPE.properties))
    }
}

/// The `ProcessorParseKeyValue` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorParseKeyValue {
    props: ::forma_core::schema::Props,
}
impl ProcessorParseKeyValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Destination`.
    ///
    /// Allowed: length 1 to 128.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FieldDelimiter`.
    ///
    /// Allowed: length 1 to 128.
    pub fn field_delimiter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KeyPrefix`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `KeyValueDelimiter`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key_value_delimiter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `NonMatchValue`.
    ///
    /// Allowed: length 1 to 128.
    pub fn non_match_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `OverwriteIfExists`.
    pub fn overwrite_if_exists(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 128.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProcessorParseKeyValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProcessorParseKeyValue> for ::forma_core::Value<ProcessorParseKeyValue> {
    fn from(v: ProcessorParseKeyValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_PARSE_KEY_VALUE_TYPE.properties))
    }
}

/// The `ParsePostgres` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsePostgres {
    props: ::forma_core::schema::Props,
}
impl ParsePostgres {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 128.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParsePostgres {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParsePostgres> for ::forma_core::Value<ParsePostgres> {
    fn from(v: ParsePostgres) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARSE_POSTGRES_TYPE.properties))
    }
}

/// The `ParseRoute53` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseRoute53 {
    props: ::forma_core::schema::Props,
}
impl ParseRoute53 {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 128.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParseRoute53 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParseRoute53> for ::forma_core::Value<ParseRoute53> {
    fn from(v: ParseRoute53) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARSE_ROUTE53_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CloudTrail`, `Route53Resolver`, `VPCFlow`, `EKSAudit`, `AWSWAF`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventSource {
    /// `CloudTrail`
    CloudTrail,
    /// `Route53Resolver`
    Route53Resolver,
    /// `VPCFlow`
    VpcFlow,
    /// `EKSAudit`
    EksAudit,
    /// `AWSWAF`
    Awswaf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventSource {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudTrail => "CloudTrail",
            Self::Route53Resolver => "Route53Resolver",
            Self::VpcFlow => "VPCFlow",
            Self::EksAudit => "EKSAudit",
            Self::Awswaf => "AWSWAF",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CloudTrail", "Route53Resolver", "VPCFlow", "EKSAudit", "AWSWAF"]
    }
}
impl ::std::convert::From<EventSource> for ::forma_core::Value<EventSource> {
    fn from(v: EventSource) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventSource {}

/// The values CloudFormation documents: `V1.1`, `V1.5`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OcsfVersion {
    /// `V1.1`
    V11,
    /// `V1.5`
    V15,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OcsfVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V11 => "V1.1",
            Self::V15 => "V1.5",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["V1.1", "V1.5"]
    }
}
impl ::std::convert::From<OcsfVersion> for ::forma_core::Value<OcsfVersion> {
    fn from(v: OcsfVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OcsfVersion {}

/// The `ParseToOCSF` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseToOcsf {
    props: ::forma_core::schema::Props,
}
impl ParseToOcsf {
    /// A new value with its required properties: `EventSource`, `OcsfVersion`.
    pub fn new(
        event_source: impl ::forma_core::schema::EnumArg<EventSource>,
        ocsf_version: impl ::forma_core::schema::EnumArg<OcsfVersion>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_source.into_enum_expr());
        props.set(2, ocsf_version.into_enum_expr());
        Self { props }
    }
    /// `MappingVersion`.
    ///
    /// Allowed: length 1 to 10.
    pub fn mapping_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 128.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ParseToOcsf> for ::forma_core::Value<ParseToOcsf> {
    fn from(v: ParseToOcsf) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARSE_TO_OCSF_TYPE.properties))
    }
}

/// The `ParseVPC` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseVpc {
    props: ::forma_core::schema::Props,
}
impl ParseVpc {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 128.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParseVpc {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParseVpc> for ::forma_core::Value<ParseVpc> {
    fn from(v: ParseVpc) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARSE_VPC_TYPE.properties))
    }
}

/// The `ParseWAF` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseWaf {
    props: ::forma_core::schema::Props,
}
impl ParseWaf {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Source`.
    ///
    /// Allowed: length 1 to 128.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParseWaf {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParseWaf> for ::forma_core::Value<ParseWaf> {
    fn from(v: ParseWaf) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARSE_WAF_TYPE.properties))
    }
}

/// The `ProcessorRenameKeys` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorRenameKeys {
    props: ::forma_core::schema::Props,
}
impl ProcessorRenameKeys {
    /// A new value with its required properties: `Entries`.
    pub fn new(entries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RenameKeyEntry>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorRenameKeys> for ::forma_core::Value<ProcessorRenameKeys> {
    fn from(v: ProcessorRenameKeys) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_RENAME_KEYS_TYPE.properties))
    }
}

/// The `ProcessorSplitString` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorSplitString {
    props: ::forma_core::schema::Props,
}
impl ProcessorSplitString {
    /// A new value with its required properties: `Entries`.
    pub fn new(entries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SplitStringEntry>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorSplitString> for ::forma_core::Value<ProcessorSplitString> {
    fn from(v: ProcessorSplitString) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_SPLIT_STRING_TYPE.properties))
    }
}

/// The `ProcessorSubstituteString` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorSubstituteString {
    props: ::forma_core::schema::Props,
}
impl ProcessorSubstituteString {
    /// A new value with its required properties: `Entries`.
    pub fn new(
        entries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SubstituteStringEntry>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorSubstituteString> for ::forma_core::Value<ProcessorSubstituteString> {
    fn from(v: ProcessorSubstituteString) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_SUBSTITUTE_STRING_TYPE.properties))
    }
}

/// The `ProcessorTrimString` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorTrimString {
    props: ::forma_core::schema::Props,
}
impl ProcessorTrimString {
    /// A new value with its required properties: `WithKeys`.
    pub fn new(
        with_keys: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, with_keys.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorTrimString> for ::forma_core::Value<ProcessorTrimString> {
    fn from(v: ProcessorTrimString) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_TRIM_STRING_TYPE.properties))
    }
}

/// The `ProcessorTypeConverter` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorTypeConverter {
    props: ::forma_core::schema::Props,
}
impl ProcessorTypeConverter {
    /// A new value with its required properties: `Entries`.
    pub fn new(entries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TypeConverterEntry>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, entries.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorTypeConverter> for ::forma_core::Value<ProcessorTypeConverter> {
    fn from(v: ProcessorTypeConverter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_TYPE_CONVERTER_TYPE.properties))
    }
}

/// The `ProcessorUpperCaseString` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessorUpperCaseString {
    props: ::forma_core::schema::Props,
}
impl ProcessorUpperCaseString {
    /// A new value with its required properties: `WithKeys`.
    pub fn new(
        with_keys: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, with_keys.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProcessorUpperCaseString> for ::forma_core::Value<ProcessorUpperCaseString> {
    fn from(v: ProcessorUpperCaseString) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROCESSOR_UPPER_CASE_STRING_TYPE.properties))
    }
}

/// The `AddKeyEntry` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct AddKeyEntry {
    props: ::forma_core::schema::Props,
}
impl AddKeyEntry {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
    /// `OverwriteIfExists`.
    pub fn overwrite_if_exists(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AddKeyEntry> for ::forma_core::Value<AddKeyEntry> {
    fn from(v: AddKeyEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADD_KEY_ENTRY_TYPE.properties))
    }
}

/// The `CopyValueEntry` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyValueEntry {
    props: ::forma_core::schema::Props,
}
impl CopyValueEntry {
    /// A new value with its required properties: `Source`, `Target`.
    pub fn new(
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, source.into().into_expr());
        props.set(2, target.into().into_expr());
        Self { props }
    }
    /// `OverwriteIfExists`.
    pub fn overwrite_if_exists(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CopyValueEntry> for ::forma_core::Value<CopyValueEntry> {
    fn from(v: CopyValueEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COPY_VALUE_ENTRY_TYPE.properties))
    }
}

/// The `MoveKeyEntry` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct MoveKeyEntry {
    props: ::forma_core::schema::Props,
}
impl MoveKeyEntry {
    /// A new value with its required properties: `Source`, `Target`.
    pub fn new(
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, source.into().into_expr());
        props.set(2, target.into().into_expr());
        Self { props }
    }
    /// `OverwriteIfExists`.
    pub fn overwrite_if_exists(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MoveKeyEntry> for ::forma_core::Value<MoveKeyEntry> {
    fn from(v: MoveKeyEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MOVE_KEY_ENTRY_TYPE.properties))
    }
}

/// The `RenameKeyEntry` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct RenameKeyEntry {
    props: ::forma_core::schema::Props,
}
impl RenameKeyEntry {
    /// A new value with its required properties: `Key`, `RenameTo`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rename_to: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(2, rename_to.into().into_expr());
        Self { props }
    }
    /// `OverwriteIfExists`.
    pub fn overwrite_if_exists(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RenameKeyEntry> for ::forma_core::Value<RenameKeyEntry> {
    fn from(v: RenameKeyEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RENAME_KEY_ENTRY_TYPE.properties))
    }
}

/// The `SplitStringEntry` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitStringEntry {
    props: ::forma_core::schema::Props,
}
impl SplitStringEntry {
    /// A new value with its required properties: `Delimiter`, `Source`.
    pub fn new(
        delimiter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, delimiter.into().into_expr());
        props.set(1, source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SplitStringEntry> for ::forma_core::Value<SplitStringEntry> {
    fn from(v: SplitStringEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPLIT_STRING_ENTRY_TYPE.properties))
    }
}

/// The `SubstituteStringEntry` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubstituteStringEntry {
    props: ::forma_core::schema::Props,
}
impl SubstituteStringEntry {
    /// A new value with its required properties: `From`, `Source`, `To`.
    pub fn new(
        from: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        to: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, from.into().into_expr());
        props.set(1, source.into().into_expr());
        props.set(2, to.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SubstituteStringEntry> for ::forma_core::Value<SubstituteStringEntry> {
    fn from(v: SubstituteStringEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBSTITUTE_STRING_ENTRY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `boolean`, `integer`, `double`, `string`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `boolean`
    Boolean,
    /// `integer`
    Integer,
    /// `double`
    Double,
    /// `string`
    String,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "boolean",
            Self::Integer => "integer",
            Self::Double => "double",
            Self::String => "string",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["boolean", "integer", "double", "string"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `TypeConverterEntry` property type of `AWS::Logs::Transformer`.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeConverterEntry {
    props: ::forma_core::schema::Props,
}
impl TypeConverterEntry {
    /// A new value with its required properties: `Key`, `Type`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<TypeConverterEntry> for ::forma_core::Value<TypeConverterEntry> {
    fn from(v: TypeConverterEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TYPE_CONVERTER_ENTRY_TYPE.properties))
    }
}

/// The schema of `AWS::Logs::Transformer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::Transformer",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogGroupIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w#+=/:,.@-]*"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TransformerConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROCESSOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};

static PROCESSOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.Processor",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_ADD_KEYS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CopyValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_COPY_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Csv",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_CSV_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DateTimeConverter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_DATE_TIME_CONVERTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeleteKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_DELETE_KEYS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Grok",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_GROK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ListToMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_LIST_TO_MAP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LowerCaseString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_LOWER_CASE_STRING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MoveKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_MOVE_KEYS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParseCloudfront",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARSE_CLOUDFRONT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParseJSON",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_PARSE_JSON_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParseKeyValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_PARSE_KEY_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParsePostgres",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARSE_POSTGRES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParseRoute53",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARSE_ROUTE53_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParseToOCSF",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARSE_TO_OCSF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParseVPC",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARSE_VPC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ParseWAF",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARSE_WAF_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RenameKeys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_RENAME_KEYS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SplitString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_SPLIT_STRING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubstituteString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_SUBSTITUTE_STRING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TrimString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_TRIM_STRING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TypeConverter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_TYPE_CONVERTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UpperCaseString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROCESSOR_UPPER_CASE_STRING_TYPE),
        },
    ],
    rules: &[],
};

static PROCESSOR_ADD_KEYS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorAddKeys",
    properties: &[::forma_core::schema::Property {
        name: "Entries",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&ADD_KEY_ENTRY_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static PROCESSOR_COPY_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorCopyValue",
    properties: &[::forma_core::schema::Property {
        name: "Entries",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&COPY_VALUE_ENTRY_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static PROCESSOR_CSV_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorCsv",
    properties: &[
        ::forma_core::schema::Property {
            name: "Columns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Delimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2),
            }),
        },
        ::forma_core::schema::Property {
            name: "QuoteCharacter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static PROCESSOR_DATE_TIME_CONVERTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorDateTimeConverter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Locale",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MatchPatterns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceTimezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetTimezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static PROCESSOR_DELETE_KEYS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorDeleteKeys",
    properties: &[::forma_core::schema::Property {
        name: "WithKeys",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static PROCESSOR_GROK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorGrok",
    properties: &[
        ::forma_core::schema::Property {
            name: "Match",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static PROCESSOR_LIST_TO_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorListToMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "Flatten",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FlattenedElement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["first", "last"]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValueKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static PROCESSOR_LOWER_CASE_STRING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorLowerCaseString",
    properties: &[::forma_core::schema::Property {
        name: "WithKeys",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static PROCESSOR_MOVE_KEYS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorMoveKeys",
    properties: &[::forma_core::schema::Property {
        name: "Entries",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&MOVE_KEY_ENTRY_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static PARSE_CLOUDFRONT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ParseCloudfront",
    properties: &[::forma_core::schema::Property {
        name: "Source",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^.*[a-zA-Z0-9]+.*$"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static PROCESSOR_PARSE_JSON_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorParseJSON",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static PROCESSOR_PARSE_KEY_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorParseKeyValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "FieldDelimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyValueDelimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "NonMatchValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "OverwriteIfExists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static PARSE_POSTGRES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ParsePostgres",
    properties: &[::forma_core::schema::Property {
        name: "Source",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^.*[a-zA-Z0-9]+.*$"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static PARSE_ROUTE53_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ParseRoute53",
    properties: &[::forma_core::schema::Property {
        name: "Source",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^.*[a-zA-Z0-9]+.*$"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static PARSE_TO_OCSF_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ParseToOCSF",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CloudTrail",
                "Route53Resolver",
                "VPCFlow",
                "EKSAudit",
                "AWSWAF",
            ]),
        },
        ::forma_core::schema::Property {
            name: "MappingVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^v\\d+\\.\\d+(\\.\\d+)?$"),
                min_length: Some(1),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "OcsfVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["V1.1", "V1.5"]),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static PARSE_VPC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ParseVPC",
    properties: &[::forma_core::schema::Property {
        name: "Source",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^.*[a-zA-Z0-9]+.*$"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static PARSE_WAF_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ParseWAF",
    properties: &[::forma_core::schema::Property {
        name: "Source",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^.*[a-zA-Z0-9]+.*$"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static PROCESSOR_RENAME_KEYS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorRenameKeys",
    properties: &[::forma_core::schema::Property {
        name: "Entries",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RENAME_KEY_ENTRY_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static PROCESSOR_SPLIT_STRING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorSplitString",
    properties: &[::forma_core::schema::Property {
        name: "Entries",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SPLIT_STRING_ENTRY_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static PROCESSOR_SUBSTITUTE_STRING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorSubstituteString",
    properties: &[::forma_core::schema::Property {
        name: "Entries",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SUBSTITUTE_STRING_ENTRY_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static PROCESSOR_TRIM_STRING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorTrimString",
    properties: &[::forma_core::schema::Property {
        name: "WithKeys",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static PROCESSOR_TYPE_CONVERTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorTypeConverter",
    properties: &[::forma_core::schema::Property {
        name: "Entries",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&TYPE_CONVERTER_ENTRY_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static PROCESSOR_UPPER_CASE_STRING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.ProcessorUpperCaseString",
    properties: &[::forma_core::schema::Property {
        name: "WithKeys",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static ADD_KEY_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.AddKeyEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "OverwriteIfExists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static COPY_VALUE_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.CopyValueEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "OverwriteIfExists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static MOVE_KEY_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.MoveKeyEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "OverwriteIfExists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static RENAME_KEY_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.RenameKeyEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "OverwriteIfExists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RenameTo",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static SPLIT_STRING_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.SplitStringEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Delimiter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static SUBSTITUTE_STRING_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.SubstituteStringEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "From",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "To",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static TYPE_CONVERTER_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Transformer.TypeConverterEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[a-zA-Z0-9]+.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["boolean", "integer", "double", "string"]),
        },
    ],
    rules: &[],
};
