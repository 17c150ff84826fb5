// @generated from AWS::ApplicationSignals::GroupingConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApplicationSignals::GroupingConfiguration` and its property types.

/// Resource Type definition for AWS::ApplicationSignals::GroupingConfiguration
///
/// CloudFormation type `AWS::ApplicationSignals::GroupingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupingConfiguration {
    props: ::forma_core::schema::Props,
}
impl GroupingConfiguration {
    /// A new resource with its required properties: `GroupingAttributeDefinitions`.
    #[track_caller]
    pub fn new(
        grouping_attribute_definitions: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<GroupingAttributeDefinition>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, grouping_attribute_definitions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for GroupingConfiguration {
    type Attributes = GroupingConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApplicationSignals::GroupingConfiguration"
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
/// The attributes of a `AWS::ApplicationSignals::GroupingConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GroupingConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GroupingConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GroupingConfigurationAttributes {
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
}

/// The `GroupingAttributeDefinition` property type of `AWS::ApplicationSignals::GroupingConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupingAttributeDefinition {
    props: ::forma_core::schema::Props,
}
impl GroupingAttributeDefinition {
    /// A new value with its required properties: `GroupingName`, `GroupingSourceKeys`.
    pub fn new(
        grouping_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        grouping_source_keys: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, grouping_name.into().into_expr());
        props.set(2, grouping_source_keys.into().into_expr());
        Self { props }
    }
    /// `DefaultGroupingValue`.
    ///
    /// Allowed: length 1 to 128.
    pub fn default_grouping_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GroupingAttributeDefinition> for ::forma_core::Value<GroupingAttributeDefinition> {
    fn from(v: GroupingAttributeDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROUPING_ATTRIBUTE_DEFINITION_TYPE.properties))
    }
}

/// The schema of `AWS::ApplicationSignals::GroupingConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApplicationSignals::GroupingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "GroupingAttributeDefinitions",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&GROUPING_ATTRIBUTE_DEFINITION_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
    attributes: &["UpdatedAt", "AccountId"],
};

static GROUPING_ATTRIBUTE_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationSignals::GroupingConfiguration.GroupingAttributeDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultGroupingValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+\\-=\\._:/@]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupingName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+\\-=\\._:/@]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupingSourceKeys",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s+\\-=\\._:/@]*$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};
