// @generated from AWS::IoT::Command (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::Command` and its property types.

/// Represents the resource definition of AWS IoT Command.
///
/// CloudFormation type `AWS::IoT::Command`.
#[derive(Debug, Clone, PartialEq)]
pub struct Command {
    props: ::forma_core::schema::Props,
}
impl Command {
    /// A new resource with its required properties: `CommandId`.
    #[track_caller]
    pub fn new(command_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, command_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The date and time when the command was created.
    #[track_caller]
    pub fn created_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A flag indicating whether the command is deprecated.
    #[track_caller]
    pub fn deprecated(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the command.
    ///
    /// Allowed: length 0 to 2028.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The display name for the command.
    ///
    /// Allowed: length 0 to 64.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The date and time when the command was last updated.
    #[track_caller]
    pub fn last_updated_at(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of mandatory parameters for the command.
    #[track_caller]
    pub fn mandatory_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CommandParameter>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The namespace to which the command belongs.
    #[track_caller]
    pub fn namespace(mut self, value: impl ::forma_core::schema::EnumArg<Namespace>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The payload associated with the command.
    #[track_caller]
    pub fn payload(mut self, value: impl ::std::convert::Into<::forma_core::Value<CommandPayload>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The payload template associated with the command.
    ///
    /// Allowed: length 0 to 32768.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn payload_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A flag indicating whether the command is pending deletion.
    #[track_caller]
    pub fn pending_deletion(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The command preprocessor configuration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn preprocessor(mut self, value: impl ::std::convert::Into<::forma_core::Value<CommandPreprocessor>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The customer role associated with the command.
    ///
    /// Allowed: length 20 to 2028.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to be associated with the command.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Command {
    type Attributes = CommandAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::Command"
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
/// The attributes of a `AWS::IoT::Command` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CommandAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CommandAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CommandAttributes {
    /// `Fn::GetAtt` `CommandArn`.
    pub fn command_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CommandArn")
    }
}

/// The values CloudFormation documents: `AWS-IoT`, `AWS-IoT-FleetWise`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Namespace {
    /// `AWS-IoT`
    AwsIoT,
    /// `AWS-IoT-FleetWise`
    AwsIoTFleetWise,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Namespace {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsIoT => "AWS-IoT",
            Self::AwsIoTFleetWise => "AWS-IoT-FleetWise",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS-IoT", "AWS-IoT-FleetWise"]
    }
}
impl ::std::convert::From<Namespace> for ::forma_core::Value<Namespace> {
    fn from(v: Namespace) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Namespace {}

/// The values CloudFormation documents: `STRING`, `INTEGER`, `DOUBLE`, `LONG`, `UNSIGNEDLONG`, `BOOLEAN`, `BINARY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CommandParameterType {
    /// `STRING`
    String,
    /// `INTEGER`
    Integer,
    /// `DOUBLE`
    Double,
    /// `LONG`
    Long,
    /// `UNSIGNEDLONG`
    Unsignedlong,
    /// `BOOLEAN`
    Boolean,
    /// `BINARY`
    Binary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CommandParameterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Integer => "INTEGER",
            Self::Double => "DOUBLE",
            Self::Long => "LONG",
            Self::Unsignedlong => "UNSIGNEDLONG",
            Self::Boolean => "BOOLEAN",
            Self::Binary => "BINARY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "INTEGER", "DOUBLE", "LONG", "UNSIGNEDLONG", "BOOLEAN", "BINARY"]
    }
}
impl ::std::convert::From<CommandParameterType> for ::forma_core::Value<CommandParameterType> {
    fn from(v: CommandParameterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CommandParameterType {}

/// The `CommandParameter` property type of `AWS::IoT::Command`.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandParameter {
    props: ::forma_core::schema::Props,
}
impl CommandParameter {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// `DefaultValue`.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CommandParameterValue>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 2028.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<CommandParameterType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<CommandParameterValue>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `ValueConditions`.
    pub fn value_conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CommandParameterValueCondition>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CommandParameter> for ::forma_core::Value<CommandParameter> {
    fn from(v: CommandParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMAND_PARAMETER_TYPE.properties))
    }
}

/// The `CommandPayload` property type of `AWS::IoT::Command`.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandPayload {
    props: ::forma_core::schema::Props,
}
impl CommandPayload {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Content`.
    pub fn content(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContentType`.
    ///
    /// Allowed: length 1 to any.
    pub fn content_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CommandPayload {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CommandPayload> for ::forma_core::Value<CommandPayload> {
    fn from(v: CommandPayload) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMAND_PAYLOAD_TYPE.properties))
    }
}

/// The `CommandPreprocessor` property type of `AWS::IoT::Command`.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandPreprocessor {
    props: ::forma_core::schema::Props,
}
impl CommandPreprocessor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AwsJsonSubstitution`.
    pub fn aws_json_substitution(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsJsonSubstitutionCommandPreprocessorConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CommandPreprocessor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CommandPreprocessor> for ::forma_core::Value<CommandPreprocessor> {
    fn from(v: CommandPreprocessor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMAND_PREPROCESSOR_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `CommandParameterValue` property type of `AWS::IoT::Command`.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandParameterValue {
    props: ::forma_core::schema::Props,
}
impl CommandParameterValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `B`.
    pub fn b(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BIN`.
    ///
    /// Allowed: length 1 to any.
    pub fn bin(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `D`.
    pub fn d(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `I`.
    pub fn i(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `L`.
    ///
    /// Allowed: length 0 to 19.
    pub fn l(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `S`.
    ///
    /// Allowed: length 1 to any.
    pub fn s(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `UL`.
    ///
    /// Allowed: length 1 to 20.
    pub fn ul(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CommandParameterValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CommandParameterValue> for ::forma_core::Value<CommandParameterValue> {
    fn from(v: CommandParameterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMAND_PARAMETER_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `NOT_EQUALS`, `LESS_THAN`, `LESS_THAN_EQUALS`, `GREATER_THAN`, `GREATER_THAN_EQUALS`, `IN_SET`, `NOT_IN_SET`, `IN_RANGE`, `NOT_IN_RANGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CommandParameterValueComparisonOperator {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `LESS_THAN`
    LessThan,
    /// `LESS_THAN_EQUALS`
    LessThanEquals,
    /// `GREATER_THAN`
    GreaterThan,
    /// `GREATER_THAN_EQUALS`
    GreaterThanEquals,
    /// `IN_SET`
    InSet,
    /// `NOT_IN_SET`
    NotInSet,
    /// `IN_RANGE`
    InRange,
    /// `NOT_IN_RANGE`
    NotInRange,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CommandParameterValueComparisonOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::LessThan => "LESS_THAN",
            Self::LessThanEquals => "LESS_THAN_EQUALS",
            Self::GreaterThan => "GREATER_THAN",
            Self::GreaterThanEquals => "GREATER_THAN_EQUALS",
            Self::InSet => "IN_SET",
            Self::NotInSet => "NOT_IN_SET",
            Self::InRange => "IN_RANGE",
            Self::NotInRange => "NOT_IN_RANGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "EQUALS",
            "NOT_EQUALS",
            "LESS_THAN",
            "LESS_THAN_EQUALS",
            "GREATER_THAN",
            "GREATER_THAN_EQUALS",
            "IN_SET",
            "NOT_IN_SET",
            "IN_RANGE",
            "NOT_IN_RANGE",
        ]
    }
}
impl ::std::convert::From<CommandParameterValueComparisonOperator>
    for ::forma_core::Value<CommandParameterValueComparisonOperator>
{
    fn from(v: CommandParameterValueComparisonOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CommandParameterValueComparisonOperator {}

/// The `CommandParameterValueCondition` property type of `AWS::IoT::Command`.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandParameterValueCondition {
    props: ::forma_core::schema::Props,
}
impl CommandParameterValueCondition {
    /// A new value with its required properties: `ComparisonOperator`, `Operand`.
    pub fn new(
        comparison_operator: impl ::forma_core::schema::EnumArg<CommandParameterValueComparisonOperator>,
        operand: impl ::std::convert::Into<::forma_core::Value<CommandParameterValueComparisonOperand>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, comparison_operator.into_enum_expr());
        props.set(1, operand.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CommandParameterValueCondition> for ::forma_core::Value<CommandParameterValueCondition> {
    fn from(v: CommandParameterValueCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMAND_PARAMETER_VALUE_CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `JSON`, `CBOR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputFormat {
    /// `JSON`
    Json,
    /// `CBOR`
    Cbor,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Json => "JSON",
            Self::Cbor => "CBOR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JSON", "CBOR"]
    }
}
impl ::std::convert::From<OutputFormat> for ::forma_core::Value<OutputFormat> {
    fn from(v: OutputFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputFormat {}

/// The `AwsJsonSubstitutionCommandPreprocessorConfig` property type of `AWS::IoT::Command`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsJsonSubstitutionCommandPreprocessorConfig {
    props: ::forma_core::schema::Props,
}
impl AwsJsonSubstitutionCommandPreprocessorConfig {
    /// A new value with its required properties: `OutputFormat`.
    pub fn new(output_format: impl ::forma_core::schema::EnumArg<OutputFormat>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, output_format.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AwsJsonSubstitutionCommandPreprocessorConfig>
    for ::forma_core::Value<AwsJsonSubstitutionCommandPreprocessorConfig>
{
    fn from(v: AwsJsonSubstitutionCommandPreprocessorConfig) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(AWS_JSON_SUBSTITUTION_COMMAND_PREPROCESSOR_CONFIG_TYPE.properties),
        )
    }
}

/// The `CommandParameterValueComparisonOperand` property type of `AWS::IoT::Command`.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandParameterValueComparisonOperand {
    props: ::forma_core::schema::Props,
}
impl CommandParameterValueComparisonOperand {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Number`.
    ///
    /// Allowed: length 1 to any.
    pub fn number(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NumberRange`.
    pub fn number_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CommandParameterValueNumberRange>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Numbers`.
    pub fn numbers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `String`.
    ///
    /// Allowed: length 1 to any.
    pub fn string(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Strings`.
    pub fn strings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CommandParameterValueComparisonOperand {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CommandParameterValueComparisonOperand>
    for ::forma_core::Value<CommandParameterValueComparisonOperand>
{
    fn from(v: CommandParameterValueComparisonOperand) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMAND_PARAMETER_VALUE_COMPARISON_OPERAND_TYPE.properties))
    }
}

/// The `CommandParameterValueNumberRange` property type of `AWS::IoT::Command`.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandParameterValueNumberRange {
    props: ::forma_core::schema::Props,
}
impl CommandParameterValueNumberRange {
    /// A new value with its required properties: `Max`, `Min`.
    pub fn new(
        max: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        min: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max.into().into_expr());
        props.set(1, min.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CommandParameterValueNumberRange> for ::forma_core::Value<CommandParameterValueNumberRange> {
    fn from(v: CommandParameterValueNumberRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMMAND_PARAMETER_VALUE_NUMBER_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::Command`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::Command",
    properties: &[
        ::forma_core::schema::Property {
            name: "CommandId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Deprecated",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{C}]*$"),
                min_length: Some(0),
                max_length: Some(2028),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{C}]*$"),
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "LastUpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MandatoryParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMMAND_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS-IoT", "AWS-IoT-FleetWise"]),
        },
        ::forma_core::schema::Property {
            name: "Payload",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMMAND_PAYLOAD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PayloadTemplate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(32768),
            }),
        },
        ::forma_core::schema::Property {
            name: "PendingDeletion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Preprocessor",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&COMMAND_PREPROCESSOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2028),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["CommandArn"],
};

static COMMAND_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Command.CommandParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMMAND_PARAMETER_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{C}]*$"),
                min_length: Some(0),
                max_length: Some(2028),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[.$a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(192),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "STRING",
                "INTEGER",
                "DOUBLE",
                "LONG",
                "UNSIGNEDLONG",
                "BOOLEAN",
                "BINARY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMMAND_PARAMETER_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ValueConditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMMAND_PARAMETER_VALUE_CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static COMMAND_PAYLOAD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Command.CommandPayload",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ContentType",
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

static COMMAND_PREPROCESSOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Command.CommandPreprocessor",
    properties: &[::forma_core::schema::Property {
        name: "AwsJsonSubstitution",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AWS_JSON_SUBSTITUTION_COMMAND_PREPROCESSOR_CONFIG_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Command.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
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

static COMMAND_PARAMETER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::Command.CommandParameterValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "B",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "BIN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "D",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "I",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "L",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^-?\\d+$"),
                min_length: None,
                max_length: Some(19),
            }),
        },
        ::forma_core::schema::Property {
            name: "S",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]*$"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
    ],
    rules: &[],
};

static COMMAND_PARAMETER_VALUE_CONDITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::Command.CommandParameterValueCondition",
        properties: &[
            ::forma_core::schema::Property {
                name: "ComparisonOperator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "EQUALS",
                    "NOT_EQUALS",
                    "LESS_THAN",
                    "LESS_THAN_EQUALS",
                    "GREATER_THAN",
                    "GREATER_THAN_EQUALS",
                    "IN_SET",
                    "NOT_IN_SET",
                    "IN_RANGE",
                    "NOT_IN_RANGE",
                ]),
            },
            ::forma_core::schema::Property {
                name: "Operand",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&COMMAND_PARAMETER_VALUE_COMPARISON_OPERAND_TYPE),
            },
        ],
        rules: &[],
    };

static AWS_JSON_SUBSTITUTION_COMMAND_PREPROCESSOR_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::Command.AwsJsonSubstitutionCommandPreprocessorConfig",
        properties: &[::forma_core::schema::Property {
            name: "OutputFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JSON", "CBOR"]),
        }],
        rules: &[],
    };

static COMMAND_PARAMETER_VALUE_COMPARISON_OPERAND_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::Command.CommandParameterValueComparisonOperand",
        properties: &[
            ::forma_core::schema::Property {
                name: "Number",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "NumberRange",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&COMMAND_PARAMETER_VALUE_NUMBER_RANGE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Numbers",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
                ),
            },
            ::forma_core::schema::Property {
                name: "String",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Strings",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
                ),
            },
        ],
        rules: &[],
    };

static COMMAND_PARAMETER_VALUE_NUMBER_RANGE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::Command.CommandParameterValueNumberRange",
        properties: &[
            ::forma_core::schema::Property {
                name: "Max",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Min",
                required: true,
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
