// @generated from AWS::AmplifyUIBuilder::Form (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AmplifyUIBuilder::Form` and its property types.

/// Definition of AWS::AmplifyUIBuilder::Form Resource Type
///
/// CloudFormation type `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    props: ::forma_core::schema::Props,
}
impl Form {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AppId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn app_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Cta`.
    #[track_caller]
    pub fn cta(mut self, value: impl ::std::convert::Into<::forma_core::Value<FormCta>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataType`.
    #[track_caller]
    pub fn data_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<FormDataTypeConfig>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnvironmentName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn environment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Fields`.
    #[track_caller]
    pub fn fields(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FormActionType`.
    #[track_caller]
    pub fn form_action_type(mut self, value: impl ::forma_core::schema::EnumArg<FormActionType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LabelDecorator`.
    #[track_caller]
    pub fn label_decorator(mut self, value: impl ::forma_core::schema::EnumArg<LabelDecorator>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SchemaVersion`.
    #[track_caller]
    pub fn schema_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SectionalElements`.
    #[track_caller]
    pub fn sectional_elements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Style`.
    #[track_caller]
    pub fn style(mut self, value: impl ::std::convert::Into<::forma_core::Value<FormStyle>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Form {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Form {
    type Attributes = FormAttributes;
    fn type_name(&self) -> &str {
        "AWS::AmplifyUIBuilder::Form"
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
/// The attributes of a `AWS::AmplifyUIBuilder::Form` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FormAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FormAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FormAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `create`, `update`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FormActionType {
    /// `create`
    Create,
    /// `update`
    Update,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FormActionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["create", "update"]
    }
}
impl ::std::convert::From<FormActionType> for ::forma_core::Value<FormActionType> {
    fn from(v: FormActionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FormActionType {}

/// The values CloudFormation documents: `required`, `optional`, `none`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LabelDecorator {
    /// `required`
    Required,
    /// `optional`
    Optional,
    /// `none`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LabelDecorator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "required",
            Self::Optional => "optional",
            Self::None => "none",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["required", "optional", "none"]
    }
}
impl ::std::convert::From<LabelDecorator> for ::forma_core::Value<LabelDecorator> {
    fn from(v: LabelDecorator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LabelDecorator {}

/// The values CloudFormation documents: `top`, `bottom`, `top_and_bottom`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FormButtonsPosition {
    /// `top`
    Top,
    /// `bottom`
    Bottom,
    /// `top_and_bottom`
    TopAndBottom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FormButtonsPosition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Top => "top",
            Self::Bottom => "bottom",
            Self::TopAndBottom => "top_and_bottom",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["top", "bottom", "top_and_bottom"]
    }
}
impl ::std::convert::From<FormButtonsPosition> for ::forma_core::Value<FormButtonsPosition> {
    fn from(v: FormButtonsPosition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FormButtonsPosition {}

/// The `FormCTA` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormCta {
    props: ::forma_core::schema::Props,
}
impl FormCta {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Cancel`.
    pub fn cancel(mut self, value: impl ::std::convert::Into<::forma_core::Value<FormButton>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Clear`.
    pub fn clear(mut self, value: impl ::std::convert::Into<::forma_core::Value<FormButton>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Position`.
    pub fn position(mut self, value: impl ::forma_core::schema::EnumArg<FormButtonsPosition>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `Submit`.
    pub fn submit(mut self, value: impl ::std::convert::Into<::forma_core::Value<FormButton>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FormCta {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FormCta> for ::forma_core::Value<FormCta> {
    fn from(v: FormCta) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORM_CTA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DataStore`, `Custom`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FormDataSourceType {
    /// `DataStore`
    DataStore,
    /// `Custom`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FormDataSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DataStore => "DataStore",
            Self::Custom => "Custom",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DataStore", "Custom"]
    }
}
impl ::std::convert::From<FormDataSourceType> for ::forma_core::Value<FormDataSourceType> {
    fn from(v: FormDataSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FormDataSourceType {}

/// The `FormDataTypeConfig` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormDataTypeConfig {
    props: ::forma_core::schema::Props,
}
impl FormDataTypeConfig {
    /// A new value with its required properties: `DataSourceType`, `DataTypeName`.
    pub fn new(
        data_source_type: impl ::forma_core::schema::EnumArg<FormDataSourceType>,
        data_type_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_source_type.into_enum_expr());
        props.set(1, data_type_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FormDataTypeConfig> for ::forma_core::Value<FormDataTypeConfig> {
    fn from(v: FormDataTypeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORM_DATA_TYPE_CONFIG_TYPE.properties))
    }
}

/// The `FieldConfig` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldConfig {
    props: ::forma_core::schema::Props,
}
impl FieldConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Excluded`.
    pub fn excluded(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InputType`.
    pub fn input_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<FieldInputConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Label`.
    pub fn label(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Position`.
    pub fn position(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Validations`.
    pub fn validations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FieldValidationConfiguration>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FieldConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FieldConfig> for ::forma_core::Value<FieldConfig> {
    fn from(v: FieldConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_CONFIG_TYPE.properties))
    }
}

/// The `SectionalElement` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionalElement {
    props: ::forma_core::schema::Props,
}
impl SectionalElement {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, type_.into().into_expr());
        Self { props }
    }
    /// `Excluded`.
    pub fn excluded(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Level`.
    pub fn level(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Orientation`.
    pub fn orientation(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Position`.
    pub fn position(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Text`.
    pub fn text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SectionalElement> for ::forma_core::Value<SectionalElement> {
    fn from(v: SectionalElement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECTIONAL_ELEMENT_TYPE.properties))
    }
}

/// The `FormStyle` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormStyle {
    props: ::forma_core::schema::Props,
}
impl FormStyle {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HorizontalGap`.
    pub fn horizontal_gap(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OuterPadding`.
    pub fn outer_padding(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VerticalGap`.
    pub fn vertical_gap(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FormStyle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FormStyle> for ::forma_core::Value<FormStyle> {
    fn from(v: FormStyle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORM_STYLE_TYPE.properties))
    }
}

/// The `FormButton` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormButton {
    props: ::forma_core::schema::Props,
}
impl FormButton {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Children`.
    pub fn children(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Excluded`.
    pub fn excluded(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Position`.
    pub fn position(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FormButton {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FormButton> for ::forma_core::Value<FormButton> {
    fn from(v: FormButton) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORM_BUTTON_TYPE.properties))
    }
}

/// The `FieldInputConfig` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldInputConfig {
    props: ::forma_core::schema::Props,
}
impl FieldInputConfig {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(13, type_.into().into_expr());
        Self { props }
    }
    /// `DefaultChecked`.
    pub fn default_checked(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DefaultCountryCode`.
    pub fn default_country_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DefaultValue`.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DescriptiveText`.
    pub fn descriptive_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `FileUploaderConfig`.
    pub fn file_uploader_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FileUploaderFieldConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `IsArray`.
    pub fn is_array(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `MaxValue`.
    pub fn max_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `MinValue`.
    pub fn min_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `Placeholder`.
    pub fn placeholder(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `ReadOnly`.
    pub fn read_only(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `Required`.
    pub fn required(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `Step`.
    pub fn step(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `ValueMappings`.
    pub fn value_mappings(mut self, value: impl ::std::convert::Into<::forma_core::Value<ValueMappings>>) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FieldInputConfig> for ::forma_core::Value<FieldInputConfig> {
    fn from(v: FieldInputConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_INPUT_CONFIG_TYPE.properties))
    }
}

/// The `FieldValidationConfiguration` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldValidationConfiguration {
    props: ::forma_core::schema::Props,
}
impl FieldValidationConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into().into_expr());
        Self { props }
    }
    /// `NumValues`.
    pub fn num_values(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<f64>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StrValues`.
    pub fn str_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ValidationMessage`.
    pub fn validation_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FieldValidationConfiguration> for ::forma_core::Value<FieldValidationConfiguration> {
    fn from(v: FieldValidationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_VALIDATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `public`, `protected`, `private`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageAccessLevel {
    /// `public`
    Public,
    /// `protected`
    Protected,
    /// `private`
    Private,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageAccessLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Protected => "protected",
            Self::Private => "private",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["public", "protected", "private"]
    }
}
impl ::std::convert::From<StorageAccessLevel> for ::forma_core::Value<StorageAccessLevel> {
    fn from(v: StorageAccessLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageAccessLevel {}

/// The `FileUploaderFieldConfig` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileUploaderFieldConfig {
    props: ::forma_core::schema::Props,
}
impl FileUploaderFieldConfig {
    /// A new value with its required properties: `AcceptedFileTypes`, `AccessLevel`.
    pub fn new(
        accepted_file_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        access_level: impl ::forma_core::schema::EnumArg<StorageAccessLevel>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, accepted_file_types.into().into_expr());
        props.set(1, access_level.into_enum_expr());
        Self { props }
    }
    /// `IsResumable`.
    pub fn is_resumable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MaxFileCount`.
    pub fn max_file_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MaxSize`.
    pub fn max_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ShowThumbnails`.
    pub fn show_thumbnails(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FileUploaderFieldConfig> for ::forma_core::Value<FileUploaderFieldConfig> {
    fn from(v: FileUploaderFieldConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILE_UPLOADER_FIELD_CONFIG_TYPE.properties))
    }
}

/// The `ValueMappings` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueMappings {
    props: ::forma_core::schema::Props,
}
impl ValueMappings {
    /// A new value with its required properties: `Values`.
    pub fn new(values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ValueMapping>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, values.into().into_expr());
        Self { props }
    }
    /// `BindingProperties`.
    pub fn binding_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ValueMappings> for ::forma_core::Value<ValueMappings> {
    fn from(v: ValueMappings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALUE_MAPPINGS_TYPE.properties))
    }
}

/// The `FormInputBindingPropertiesValue` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormInputBindingPropertiesValue {
    props: ::forma_core::schema::Props,
}
impl FormInputBindingPropertiesValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BindingProperties`.
    pub fn binding_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FormInputBindingPropertiesValueProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FormInputBindingPropertiesValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FormInputBindingPropertiesValue> for ::forma_core::Value<FormInputBindingPropertiesValue> {
    fn from(v: FormInputBindingPropertiesValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORM_INPUT_BINDING_PROPERTIES_VALUE_TYPE.properties))
    }
}

/// The `ValueMapping` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueMapping {
    props: ::forma_core::schema::Props,
}
impl ValueMapping {
    /// A new value with its required properties: `Value`.
    pub fn new(value: impl ::std::convert::Into<::forma_core::Value<FormInputValueProperty>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, value.into().into_expr());
        Self { props }
    }
    /// `DisplayValue`.
    pub fn display_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FormInputValueProperty>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ValueMapping> for ::forma_core::Value<ValueMapping> {
    fn from(v: ValueMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALUE_MAPPING_TYPE.properties))
    }
}

/// The `FormInputBindingPropertiesValueProperties` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormInputBindingPropertiesValueProperties {
    props: ::forma_core::schema::Props,
}
impl FormInputBindingPropertiesValueProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Model`.
    pub fn model(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FormInputBindingPropertiesValueProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FormInputBindingPropertiesValueProperties>
    for ::forma_core::Value<FormInputBindingPropertiesValueProperties>
{
    fn from(v: FormInputBindingPropertiesValueProperties) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(FORM_INPUT_BINDING_PROPERTIES_VALUE_PROPERTIES_TYPE.properties),
        )
    }
}

/// The `FormInputValueProperty` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormInputValueProperty {
    props: ::forma_core::schema::Props,
}
impl FormInputValueProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BindingProperties`.
    pub fn binding_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FormInputValuePropertyBindingProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Concat`.
    pub fn concat(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FormInputValueProperty>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FormInputValueProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FormInputValueProperty> for ::forma_core::Value<FormInputValueProperty> {
    fn from(v: FormInputValueProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORM_INPUT_VALUE_PROPERTY_TYPE.properties))
    }
}

/// The `FormInputValuePropertyBindingProperties` property type of `AWS::AmplifyUIBuilder::Form`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormInputValuePropertyBindingProperties {
    props: ::forma_core::schema::Props,
}
impl FormInputValuePropertyBindingProperties {
    /// A new value with its required properties: `Property`.
    pub fn new(property: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, property.into().into_expr());
        Self { props }
    }
    /// `Field`.
    pub fn field(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FormInputValuePropertyBindingProperties>
    for ::forma_core::Value<FormInputValuePropertyBindingProperties>
{
    fn from(v: FormInputValuePropertyBindingProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORM_INPUT_VALUE_PROPERTY_BINDING_PROPERTIES_TYPE.properties))
    }
}

/// The schema of `AWS::AmplifyUIBuilder::Form`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AmplifyUIBuilder::Form",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Cta",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORM_CTA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORM_DATA_TYPE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Fields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&FIELD_CONFIG_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "FormActionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["create", "update"]),
        },
        ::forma_core::schema::Property {
            name: "LabelDecorator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["required", "optional", "none"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SectionalElements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&SECTIONAL_ELEMENT_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Style",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORM_STYLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static FORM_CTA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.FormCTA",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cancel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORM_BUTTON_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Clear",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORM_BUTTON_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Position",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["top", "bottom", "top_and_bottom"]),
        },
        ::forma_core::schema::Property {
            name: "Submit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORM_BUTTON_TYPE),
        },
    ],
    rules: &[],
};

static FORM_DATA_TYPE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.FormDataTypeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DataStore", "Custom"]),
        },
        ::forma_core::schema::Property {
            name: "DataTypeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FIELD_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.FieldConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Excluded",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InputType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_INPUT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Label",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Position",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Validations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FIELD_VALIDATION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SECTIONAL_ELEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.SectionalElement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Excluded",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Orientation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Position",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Text",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FORM_STYLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.FormStyle",
    properties: &[
        ::forma_core::schema::Property {
            name: "HorizontalGap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "OuterPadding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "VerticalGap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static FORM_BUTTON_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.FormButton",
    properties: &[
        ::forma_core::schema::Property {
            name: "Children",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Excluded",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Position",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static FIELD_INPUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.FieldInputConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultChecked",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DefaultCountryCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DescriptiveText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FileUploaderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILE_UPLOADER_FIELD_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsArray",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Placeholder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReadOnly",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Required",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Step",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValueMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VALUE_MAPPINGS_TYPE),
        },
    ],
    rules: &[],
};

static FIELD_VALIDATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.FieldValidationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "NumValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StrValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValidationMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FILE_UPLOADER_FIELD_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.FileUploaderFieldConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptedFileTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AccessLevel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["public", "protected", "private"]),
        },
        ::forma_core::schema::Property {
            name: "IsResumable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxFileCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ShowThumbnails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static VALUE_MAPPINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.ValueMappings",
    properties: &[
        ::forma_core::schema::Property {
            name: "BindingProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &FORM_INPUT_BINDING_PROPERTIES_VALUE_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VALUE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static FORM_INPUT_BINDING_PROPERTIES_VALUE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AmplifyUIBuilder::Form.FormInputBindingPropertiesValue",
        properties: &[
            ::forma_core::schema::Property {
                name: "BindingProperties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&FORM_INPUT_BINDING_PROPERTIES_VALUE_PROPERTIES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static VALUE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.ValueMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisplayValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORM_INPUT_VALUE_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORM_INPUT_VALUE_PROPERTY_TYPE),
        },
    ],
    rules: &[],
};

static FORM_INPUT_BINDING_PROPERTIES_VALUE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AmplifyUIBuilder::Form.FormInputBindingPropertiesValueProperties",
        properties: &[::forma_core::schema::Property {
            name: "Model",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static FORM_INPUT_VALUE_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmplifyUIBuilder::Form.FormInputValueProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "BindingProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORM_INPUT_VALUE_PROPERTY_BINDING_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Concat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FORM_INPUT_VALUE_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FORM_INPUT_VALUE_PROPERTY_BINDING_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AmplifyUIBuilder::Form.FormInputValuePropertyBindingProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "Field",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Property",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
