// @generated from AWS::IoTTwinMaker::ComponentType (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTTwinMaker::ComponentType` and its property types.

/// Resource schema for AWS::IoTTwinMaker::ComponentType
///
/// CloudFormation type `AWS::IoTTwinMaker::ComponentType`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentType {
    props: ::forma_core::schema::Props,
}
impl ComponentType {
    /// A new resource with its required properties: `ComponentTypeId`, `WorkspaceId`.
    #[track_caller]
    pub fn new(
        component_type_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workspace_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, component_type_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, workspace_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An map of the composite component types in the component type.
    #[track_caller]
    pub fn composite_component_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the component type.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the parent component type to extend.
    #[track_caller]
    pub fn extends_from(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// a Map of functions in the component type.
    #[track_caller]
    pub fn functions(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Boolean value that specifies whether an entity can have more than one component of this type.
    #[track_caller]
    pub fn is_singleton(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An map of the property definitions in the component type.
    #[track_caller]
    pub fn property_definitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An map of the property groups in the component type.
    #[track_caller]
    pub fn property_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of key-value pairs to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ComponentType {
    type Attributes = ComponentTypeAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTTwinMaker::ComponentType"
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
/// The attributes of a `AWS::IoTTwinMaker::ComponentType` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ComponentTypeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ComponentTypeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ComponentTypeAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationDateTime`.
    pub fn creation_date_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDateTime")
    }
    /// `Fn::GetAtt` `UpdateDateTime`.
    pub fn update_date_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateDateTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `IsAbstract`.
    pub fn is_abstract(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsAbstract")
    }
    /// `Fn::GetAtt` `IsSchemaInitialized`.
    pub fn is_schema_initialized(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsSchemaInitialized")
    }
}

/// An object that sets information about a composite component type.
#[derive(Debug, Clone, PartialEq)]
pub struct CompositeComponentType {
    props: ::forma_core::schema::Props,
}
impl CompositeComponentType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The id of the composite component type.
    ///
    /// Allowed: length 1 to 256.
    pub fn component_type_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CompositeComponentType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CompositeComponentType> for ::forma_core::Value<CompositeComponentType> {
    fn from(v: CompositeComponentType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPOSITE_COMPONENT_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENTITY`, `WORKSPACE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `ENTITY`
    Entity,
    /// `WORKSPACE`
    Workspace,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entity => "ENTITY",
            Self::Workspace => "WORKSPACE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENTITY", "WORKSPACE"]
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scope {}

/// The function of component type.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    props: ::forma_core::schema::Props,
}
impl Function {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The data connector.
    pub fn implemented_by(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataConnector>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The required properties of the function.
    pub fn required_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The scope of the function.
    pub fn scope(mut self, value: impl ::forma_core::schema::EnumArg<Scope>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Function {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Function> for ::forma_core::Value<Function> {
    fn from(v: Function) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_TYPE.properties))
    }
}

/// An object that sets information about a property.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyDefinition {
    props: ::forma_core::schema::Props,
}
impl PropertyDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An object that specifies information about a property.
    pub fn configurations(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An object that contains information about the data type.
    pub fn data_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataType>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An object that contains the default value.
    pub fn default_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataValue>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property ID comes from an external data store.
    pub fn is_external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property is required.
    pub fn is_required_in_entity(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property is stored externally.
    pub fn is_stored_externally(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A Boolean value that specifies whether the property consists of time series data.
    pub fn is_time_series(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PropertyDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PropertyDefinition> for ::forma_core::Value<PropertyDefinition> {
    fn from(v: PropertyDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTY_DEFINITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TABULAR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupType {
    /// `TABULAR`
    Tabular,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GroupType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tabular => "TABULAR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TABULAR"]
    }
}
impl ::std::convert::From<GroupType> for ::forma_core::Value<GroupType> {
    fn from(v: GroupType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GroupType {}

/// An object that sets information about a property group.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyGroup {
    props: ::forma_core::schema::Props,
}
impl PropertyGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of property group.
    pub fn group_type(mut self, value: impl ::forma_core::schema::EnumArg<GroupType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The list of property names in the property group.
    pub fn property_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PropertyGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PropertyGroup> for ::forma_core::Value<PropertyGroup> {
    fn from(v: PropertyGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTY_GROUP_TYPE.properties))
    }
}

/// The data connector.
#[derive(Debug, Clone, PartialEq)]
pub struct DataConnector {
    props: ::forma_core::schema::Props,
}
impl DataConnector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A Boolean value that specifies whether the data connector is native to IoT TwinMaker.
    pub fn is_native(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Lambda function associated with this data connector.
    pub fn lambda(mut self, value: impl ::std::convert::Into<::forma_core::Value<LambdaFunction>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataConnector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataConnector> for ::forma_core::Value<DataConnector> {
    fn from(v: DataConnector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_CONNECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RELATIONSHIP`, `STRING`, `LONG`, `BOOLEAN`, `INTEGER`, `DOUBLE`, `LIST`, `MAP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `RELATIONSHIP`
    Relationship,
    /// `STRING`
    String,
    /// `LONG`
    Long,
    /// `BOOLEAN`
    Boolean,
    /// `INTEGER`
    Integer,
    /// `DOUBLE`
    Double,
    /// `LIST`
    List,
    /// `MAP`
    Map,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Relationship => "RELATIONSHIP",
            Self::String => "STRING",
            Self::Long => "LONG",
            Self::Boolean => "BOOLEAN",
            Self::Integer => "INTEGER",
            Self::Double => "DOUBLE",
            Self::List => "LIST",
            Self::Map => "MAP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RELATIONSHIP", "STRING", "LONG", "BOOLEAN", "INTEGER", "DOUBLE", "LIST", "MAP"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// An object that specifies the data type of a property.
#[derive(Debug, Clone, PartialEq)]
pub struct DataType {
    props: ::forma_core::schema::Props,
}
impl DataType {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, type_.into_enum_expr());
        Self { props }
    }
    /// The allowed values for this data type.
    pub fn allowed_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataValue>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The nested type in the data type.
    pub fn nested_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataType>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A relationship that associates a component with another component.
    pub fn relationship(mut self, value: impl ::std::convert::Into<::forma_core::Value<Relationship>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The unit of measure used in this data type.
    ///
    /// Allowed: length 1 to 256.
    pub fn unit_of_measure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataType> for ::forma_core::Value<DataType> {
    fn from(v: DataType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_TYPE_TYPE.properties))
    }
}

/// An object that specifies a value for a property.
#[derive(Debug, Clone, PartialEq)]
pub struct DataValue {
    props: ::forma_core::schema::Props,
}
impl DataValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A Boolean value.
    pub fn boolean_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A double value.
    pub fn double_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An expression that produces the value.
    ///
    /// Allowed: length 1 to 316.
    pub fn expression(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An integer value.
    pub fn integer_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A list of multiple values.
    pub fn list_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataValue>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A long value.
    pub fn long_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// An object that maps strings to multiple DataValue objects.
    pub fn map_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A value that relates a component to another component.
    pub fn relationship_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataValueRelationshipValue>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A string value.
    ///
    /// Allowed: length 1 to 256.
    pub fn string_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataValue> for ::forma_core::Value<DataValue> {
    fn from(v: DataValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_VALUE_TYPE.properties))
    }
}

/// The `LambdaFunction` property type of `AWS::IoTTwinMaker::ComponentType`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaFunction {
    props: ::forma_core::schema::Props,
}
impl LambdaFunction {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LambdaFunction> for ::forma_core::Value<LambdaFunction> {
    fn from(v: LambdaFunction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_FUNCTION_TYPE.properties))
    }
}

/// The type of the relationship.
#[derive(Debug, Clone, PartialEq)]
pub struct Relationship {
    props: ::forma_core::schema::Props,
}
impl Relationship {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of the relationship.
    ///
    /// Allowed: length 1 to 256.
    pub fn relationship_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the target component type associated with this relationship.
    ///
    /// Allowed: length 1 to 256.
    pub fn target_component_type_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Relationship {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Relationship> for ::forma_core::Value<Relationship> {
    fn from(v: Relationship) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RELATIONSHIP_TYPE.properties))
    }
}

/// A value that relates a component to another component.
#[derive(Debug, Clone, PartialEq)]
pub struct DataValueRelationshipValue {
    props: ::forma_core::schema::Props,
}
impl DataValueRelationshipValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `TargetComponentName`.
    ///
    /// Allowed: length 1 to 256.
    pub fn target_component_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TargetEntityId`.
    ///
    /// Allowed: length 1 to 128.
    pub fn target_entity_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataValueRelationshipValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataValueRelationshipValue> for ::forma_core::Value<DataValueRelationshipValue> {
    fn from(v: DataValueRelationshipValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_VALUE_RELATIONSHIP_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::IoTTwinMaker::ComponentType`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTTwinMaker::ComponentType",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComponentTypeId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_\\.\\-0-9:]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "CompositeComponentTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                &COMPOSITE_COMPONENT_TYPE_TYPE,
            )),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExtendsFrom",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z_\\.\\-0-9:]+"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(256) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Functions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&FUNCTION_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "IsSingleton",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PropertyDefinitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PROPERTY_DEFINITION_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "PropertyGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PROPERTY_GROUP_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "WorkspaceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_0-9][a-zA-Z_\\-0-9]*[a-zA-Z0-9]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreationDateTime", "UpdateDateTime", "Status", "IsAbstract", "IsSchemaInitialized"],
};

static COMPOSITE_COMPONENT_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::ComponentType.CompositeComponentType",
    properties: &[::forma_core::schema::Property {
        name: "ComponentTypeId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("[a-zA-Z_\\.\\-0-9:]+"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static FUNCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::ComponentType.Function",
    properties: &[
        ::forma_core::schema::Property {
            name: "ImplementedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_CONNECTOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RequiredProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z_\\-0-9]+"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(256) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENTITY", "WORKSPACE"]),
        },
    ],
    rules: &[],
};

static PROPERTY_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::ComponentType.PropertyDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z_\\-0-9]+"),
                    min_length: Some(1),
                    max_length: Some(256),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "DataType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsRequiredInEntity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsStoredExternally",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsTimeSeries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static PROPERTY_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::ComponentType.PropertyGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TABULAR"]),
        },
        ::forma_core::schema::Property {
            name: "PropertyNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-zA-Z_\\-0-9]+"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(256) },
            ),
        },
    ],
    rules: &[],
};

static DATA_CONNECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::ComponentType.DataConnector",
    properties: &[
        ::forma_core::schema::Property {
            name: "IsNative",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Lambda",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_FUNCTION_TYPE),
        },
    ],
    rules: &[],
};

static DATA_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::ComponentType.DataType",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NestedType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Relationship",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RELATIONSHIP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "RELATIONSHIP",
                "STRING",
                "LONG",
                "BOOLEAN",
                "INTEGER",
                "DOUBLE",
                "LIST",
                "MAP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "UnitOfMeasure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static DATA_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::ComponentType.DataValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "BooleanValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DoubleValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^\\$\\{Parameters\\.[a-zA-z]+([a-zA-z_0-9]*)}$)"),
                min_length: Some(1),
                max_length: Some(316),
            }),
        },
        ::forma_core::schema::Property {
            name: "IntegerValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ListValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LongValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MapValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&DATA_VALUE_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "RelationshipValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_VALUE_RELATIONSHIP_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StringValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static LAMBDA_FUNCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::ComponentType.LambdaFunction",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("arn:((aws)|(aws-cn)|(aws-us-gov)):lambda:[a-z0-9-]+:[0-9]{12}:function:[\\/a-zA-Z0-9_-]+"),
            min_length: Some(1),
            max_length: Some(128),
        }),
    }],
    rules: &[],
};

static RELATIONSHIP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTTwinMaker::ComponentType.Relationship",
    properties: &[
        ::forma_core::schema::Property {
            name: "RelationshipType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetComponentTypeId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z_\\.\\-0-9:]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static DATA_VALUE_RELATIONSHIP_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::IoTTwinMaker::ComponentType.DataValueRelationshipValue",
properties: &[
::forma_core::schema::Property { name: "TargetComponentName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[a-zA-Z_\\-0-9]+"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "TargetEntityId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|^[a-zA-Z0-9][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9]+"), min_length: Some(1), max_length: Some(128) }) },
],
rules: &[],
};
