// @generated from AWS::Backup::RestoreTestingSelection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Backup::RestoreTestingSelection` and its property types.

/// Resource Type definition for AWS::Backup::RestoreTestingSelection
///
/// CloudFormation type `AWS::Backup::RestoreTestingSelection`.
#[derive(Debug, Clone, PartialEq)]
pub struct RestoreTestingSelection {
    props: ::forma_core::schema::Props,
}
impl RestoreTestingSelection {
    /// A new resource with its required properties: `IamRoleArn`, `ProtectedResourceType`, `RestoreTestingPlanName`, `RestoreTestingSelectionName`.
    #[track_caller]
    pub fn new(
        iam_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        protected_resource_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        restore_testing_plan_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        restore_testing_selection_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, iam_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, protected_resource_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, restore_testing_plan_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, restore_testing_selection_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ProtectedResourceArns`.
    #[track_caller]
    pub fn protected_resource_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProtectedResourceConditions`.
    #[track_caller]
    pub fn protected_resource_conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProtectedResourceConditions>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RestoreMetadataOverrides`.
    #[track_caller]
    pub fn restore_metadata_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ValidationWindowHours`.
    #[track_caller]
    pub fn validation_window_hours(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RestoreTestingSelection {
    type Attributes = RestoreTestingSelectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Backup::RestoreTestingSelection"
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
/// The attributes of a `AWS::Backup::RestoreTestingSelection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RestoreTestingSelectionAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RestoreTestingSelectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `ProtectedResourceConditions` property type of `AWS::Backup::RestoreTestingSelection`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtectedResourceConditions {
    props: ::forma_core::schema::Props,
}
impl ProtectedResourceConditions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StringEquals`.
    pub fn string_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValue>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StringNotEquals`.
    pub fn string_not_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyValue>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProtectedResourceConditions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProtectedResourceConditions> for ::forma_core::Value<ProtectedResourceConditions> {
    fn from(v: ProtectedResourceConditions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROTECTED_RESOURCE_CONDITIONS_TYPE.properties))
    }
}

/// The `KeyValue` property type of `AWS::Backup::RestoreTestingSelection`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyValue {
    props: ::forma_core::schema::Props,
}
impl KeyValue {
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
impl ::std::convert::From<KeyValue> for ::forma_core::Value<KeyValue> {
    fn from(v: KeyValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::Backup::RestoreTestingSelection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Backup::RestoreTestingSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "IamRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProtectedResourceArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProtectedResourceConditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROTECTED_RESOURCE_CONDITIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProtectedResourceType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestoreMetadataOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "RestoreTestingPlanName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestoreTestingSelectionName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValidationWindowHours",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static PROTECTED_RESOURCE_CONDITIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::RestoreTestingSelection.ProtectedResourceConditions",
    properties: &[
        ::forma_core::schema::Property {
            name: "StringEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StringNotEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_VALUE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static KEY_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::RestoreTestingSelection.KeyValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
