// @generated from AWS::Backup::BackupSelection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Backup::BackupSelection` and its property types.

/// Resource Type definition for AWS::Backup::BackupSelection
///
/// CloudFormation type `AWS::Backup::BackupSelection`.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupSelection {
    props: ::forma_core::schema::Props,
}
impl BackupSelection {
    /// A new resource with its required properties: `BackupPlanId`, `BackupSelection`.
    #[track_caller]
    pub fn new(
        backup_plan_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        backup_selection: impl ::std::convert::Into<::forma_core::Value<BackupSelectionResourceType>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, backup_plan_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, backup_selection.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for BackupSelection {
    type Attributes = BackupSelectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Backup::BackupSelection"
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
/// The attributes of a `AWS::Backup::BackupSelection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BackupSelectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BackupSelectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BackupSelectionAttributes {
    /// `Fn::GetAtt` `SelectionId`.
    pub fn selection_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SelectionId")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `BackupSelectionResourceType` property type of `AWS::Backup::BackupSelection`.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupSelectionResourceType {
    props: ::forma_core::schema::Props,
}
impl BackupSelectionResourceType {
    /// A new value with its required properties: `IamRoleArn`, `SelectionName`.
    pub fn new(
        iam_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        selection_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, iam_role_arn.into().into_expr());
        props.set(5, selection_name.into().into_expr());
        Self { props }
    }
    /// `Conditions`.
    pub fn conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BackupSelectionResourceTypeConditions>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ListOfTags`.
    pub fn list_of_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConditionResourceType>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NotResources`.
    pub fn not_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Resources`.
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BackupSelectionResourceType> for ::forma_core::Value<BackupSelectionResourceType> {
    fn from(v: BackupSelectionResourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BACKUP_SELECTION_RESOURCE_TYPE_TYPE.properties))
    }
}

/// The `BackupSelectionResourceTypeConditions` property type of `AWS::Backup::BackupSelection`.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupSelectionResourceTypeConditions {
    props: ::forma_core::schema::Props,
}
impl BackupSelectionResourceTypeConditions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StringEquals`.
    pub fn string_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConditionParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StringLike`.
    pub fn string_like(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConditionParameter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StringNotEquals`.
    pub fn string_not_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConditionParameter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StringNotLike`.
    pub fn string_not_like(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConditionParameter>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BackupSelectionResourceTypeConditions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BackupSelectionResourceTypeConditions>
    for ::forma_core::Value<BackupSelectionResourceTypeConditions>
{
    fn from(v: BackupSelectionResourceTypeConditions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BACKUP_SELECTION_RESOURCE_TYPE_CONDITIONS_TYPE.properties))
    }
}

/// The `ConditionResourceType` property type of `AWS::Backup::BackupSelection`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionResourceType {
    props: ::forma_core::schema::Props,
}
impl ConditionResourceType {
    /// A new value with its required properties: `ConditionKey`, `ConditionType`, `ConditionValue`.
    pub fn new(
        condition_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        condition_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        condition_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, condition_key.into().into_expr());
        props.set(1, condition_type.into().into_expr());
        props.set(2, condition_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConditionResourceType> for ::forma_core::Value<ConditionResourceType> {
    fn from(v: ConditionResourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_RESOURCE_TYPE_TYPE.properties))
    }
}

/// The `ConditionParameter` property type of `AWS::Backup::BackupSelection`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionParameter {
    props: ::forma_core::schema::Props,
}
impl ConditionParameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConditionKey`.
    pub fn condition_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConditionValue`.
    pub fn condition_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConditionParameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConditionParameter> for ::forma_core::Value<ConditionParameter> {
    fn from(v: ConditionParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_PARAMETER_TYPE.properties))
    }
}

/// The schema of `AWS::Backup::BackupSelection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Backup::BackupSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackupPlanId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BackupSelection",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&BACKUP_SELECTION_RESOURCE_TYPE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["SelectionId", "Id"],
};

static BACKUP_SELECTION_RESOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupSelection.BackupSelectionResourceType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Conditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BACKUP_SELECTION_RESOURCE_TYPE_CONDITIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IamRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ListOfTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONDITION_RESOURCE_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SelectionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-\\_\\.\\:]+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static BACKUP_SELECTION_RESOURCE_TYPE_CONDITIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Backup::BackupSelection.BackupSelectionResourceTypeConditions",
        properties: &[
            ::forma_core::schema::Property {
                name: "StringEquals",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CONDITION_PARAMETER_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "StringLike",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CONDITION_PARAMETER_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "StringNotEquals",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CONDITION_PARAMETER_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "StringNotLike",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CONDITION_PARAMETER_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static CONDITION_RESOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupSelection.ConditionResourceType",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConditionKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConditionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConditionValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CONDITION_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupSelection.ConditionParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConditionKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConditionValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
